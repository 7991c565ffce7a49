// The welfare journey on the demo unit: a tổ trưởng proposes, the chủ tịch approves, an ủy viên
// records it as paid, and the year summary and the sổ show it; a cancelled visit leaves the totals.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { e2eDb } from "./db";
import { login, toast, type DemoRole } from "./helpers";
import { makeVisit } from "./welfare-kit";
import { daysFromToday, TEST_TODAY, THIS_YEAR, typed } from "../support/today";

// Everything here happens this year, in the last days (from 01/01 at the earliest, so a suite day in
// January stays in the year). What is compared is the summary's line of the one category and fund
// these tests write to (Tai nạn, quỹ CĐCS: no other spec writes to it), not the year's totals:
// specs run two at a time, and annual-report pays a visit of this year meanwhile.
const CATEGORY = "Tai nạn (kể cả tai nạn lao động)";
const JAN_1 = new Date(Date.UTC(THIS_YEAR, 0, 1));
const daysAgoThisYear = (days: number) => new Date(Math.max(daysFromToday(-days).getTime(), JAN_1.getTime()));

async function as(browser: Browser, role: DemoRole): Promise<Page> {
  const page = await (
    await browser.newContext({ locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" })
  ).newPage();
  await login(page, role);
  return page;
}
const money = (s: string) => Number(s.replace(/[^\d]/g, ""));
/** The summary's dự toán line of CATEGORY · Quỹ CĐCS: paid, and approved not yet paid (0 with no line). */
const line = async (page: Page, year: number) => {
  await page.goto(`/welfare/summary?year=${year}`);
  await expect(page.getByTestId("summary-headline")).toBeVisible();
  const row = page.getByTestId("budget-table").locator("tbody tr", { hasText: CATEGORY }).filter({
    hasText: "Quỹ CĐCS",
  });
  if ((await row.count()) === 0) return { spent: 0, committed: 0 };
  const cells = row.locator("td");
  return { spent: money(await cells.nth(2).innerText()), committed: money(await cells.nth(3).innerText()) };
};

test("a tổ trưởng proposes, the chủ tịch approves, an ủy viên records it as paid; the summary and the sổ reflect it", async ({
  browser,
}) => {
  test.setTimeout(120_000); // three people, each signed in on their own
  const chair = await as(browser, "chair");
  const before = await line(chair, THIS_YEAR);

  const leader = await as(browser, "leader");
  await leader.goto("/welfare/new");
  // A tổ trưởng can only pick members of the tổ they lead.
  await expect(leader.getByLabel("Đoàn viên").locator("option", { hasText: "(Tổ Ngữ văn)" })).toHaveCount(0);
  await leader.getByLabel("Đoàn viên").selectOption({ label: "Lê Thị Mai (Tổ Toán – Tin)" });
  await leader.getByLabel("Loại thăm hỏi").selectOption({ label: CATEGORY });
  await leader.getByLabel("Ngày sự việc").fill(typed(daysAgoThisYear(4)));
  await leader.getByLabel("Số tiền (đồng)").fill("123457");
  await leader.getByLabel("Số tiền (đồng)").blur();
  await expect(leader.getByLabel("Số tiền (đồng)")).toHaveValue("123.457");
  await leader.getByRole("button", { name: "Ghi đề xuất" }).click();
  await expect(toast(leader, "success")).toHaveText("Đã ghi đề xuất thăm hỏi.");
  await expect(leader).toHaveURL(/\/welfare\/c[a-z0-9]+$/);
  const url = new URL(leader.url()).pathname;
  await expect(leader.getByText("Chờ chủ tịch hoặc phó chủ tịch duyệt.")).toBeVisible();
  await expect(leader.getByRole("button", { name: "Duyệt" })).toHaveCount(0);

  const bch = await as(browser, "bch");
  await bch.goto(url);
  await expect(bch.getByRole("button", { name: "Duyệt" }), "an ủy viên BCH does not approve").toHaveCount(0);

  // A proposal is not money spent: the summary does not move.
  expect(await line(chair, THIS_YEAR)).toEqual(before);
  await chair.goto(url);
  await chair.getByRole("button", { name: "Duyệt" }).click();
  // Duyệt asks for confirmation, with the amount and the category's dự toán for the year.
  const confirm = chair.getByRole("dialog");
  await expect(confirm).toContainText("Duyệt chi 123.457 ₫");
  await expect(confirm.getByTestId("budget-hint")).toContainText(`Dự toán năm ${THIS_YEAR}`);
  await confirm.getByRole("button", { name: "Duyệt" }).click();
  await expect(toast(chair, "success")).toHaveText("Đã duyệt.");
  await expect(chair.getByText("Đã duyệt", { exact: true })).toBeVisible();
  expect(await line(chair, THIS_YEAR), "approved, not yet paid").toEqual({
    spent: before.spent,
    committed: before.committed + 123_457,
  });

  await bch.reload();
  await bch.getByRole("button", { name: "Ghi nhận đã thăm / đã chi" }).click();
  await bch.getByLabel("Ngày thăm / chi").fill(typed(daysAgoThisYear(2)));
  await bch.getByLabel("Số phiếu chi").fill(`PC-${THIS_YEAR}/099`);
  await bch.getByRole("button", { name: "Xác nhận đã chi" }).click();
  await expect(toast(bch, "success")).toHaveText("Đã ghi nhận đã thăm / đã chi.");
  await expect(bch.getByText("Đã thăm / đã chi", { exact: true })).toBeVisible();
  await expect(bch.getByTestId("visit-history").locator("li")).toHaveCount(3);

  expect(await line(chair, THIS_YEAR)).toEqual({
    spent: before.spent + 123_457,
    committed: before.committed,
  });
  await chair.goto(`/print/welfare?year=${THIS_YEAR}`);
  const row = chair.getByRole("table").locator("tr", { hasText: `PC-${THIS_YEAR}/099` });
  await expect(row).toContainText("Lê Thị Mai");
  await expect(row).toContainText("123.457");
});

test("the sổ downloads as PDF and Excel", async ({ page }, info) => {
  await login(page, "chair");
  const pdf = await page.request.get(`/api/welfare/register/pdf?year=${THIS_YEAR}`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const body = await pdf.body();
  expect(body.subarray(0, 5).toString()).toBe("%PDF-");
  await info.attach(`so-theo-doi-tham-hoi-${THIS_YEAR}.pdf`, { body, contentType: "application/pdf" });
  const xlsx = await page.request.get(`/api/welfare/register/xlsx?year=${THIS_YEAR}`);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-disposition"]).toContain(`so-theo-doi-tham-hoi-${THIS_YEAR}.xlsx`);
});

test("a cancelled visit leaves the totals and stays in the audit", async ({ browser }) => {
  const visit = await makeVisit("Trần Thị Oanh", CATEGORY, TEST_TODAY, 777_001);
  const chair = await as(browser, "chair");
  const before = await line(chair, THIS_YEAR);
  expect(before.spent).toBeGreaterThanOrEqual(777_001);

  await chair.goto(`/welfare/${visit.id}`);
  await chair.getByRole("button", { name: "Hủy thăm hỏi…" }).click();
  await chair.getByRole("button", { name: "Hủy thăm hỏi", exact: true }).click();
  await expect(chair.locator('[data-field-error="cancel-reason"]')).toContainText("lý do hủy");
  await chair.getByLabel("Lý do hủy").fill("Ghi nhầm đoàn viên");
  await chair.getByRole("button", { name: "Hủy thăm hỏi", exact: true }).click();
  await expect(toast(chair, "success")).toHaveText("Đã hủy thăm hỏi.");
  await expect(chair.getByText("Đã hủy", { exact: true }).first()).toBeVisible();
  await expect(chair.getByTestId("visit-history")).toContainText("Lý do: Ghi nhầm đoàn viên");

  expect(await line(chair, THIS_YEAR)).toEqual({
    spent: before.spent - 777_001,
    committed: before.committed,
  });
  await chair.goto(`/print/welfare?year=${THIS_YEAR}`);
  await expect(chair.getByRole("table")).not.toContainText("777.001");
  expect(await e2eDb().welfareVisit.findUnique({ where: { id: visit.id } })).toMatchObject({
    state: "CANCELLED",
    cancelReason: "Ghi nhầm đoàn viên",
  });
  expect(
    await e2eDb().auditLog.count({ where: { entityId: visit.id, action: "welfare.visit.cancelled" } }),
  ).toBe(1);
});

test("the money field, typed on the keyboard and left with Tab, shows 1.500.000", async ({ browser }) => {
  const leader = await as(browser, "leader");
  await leader.goto("/welfare/new");
  const amount = leader.getByLabel("Số tiền (đồng)");
  await amount.click();
  await leader.keyboard.type("1500000");
  // Nothing moves while typing: the caret stays where the digits go.
  await expect(amount).toHaveValue("1500000");
  await leader.keyboard.press("Tab");
  await expect(amount).toHaveValue("1.500.000");
  await expect(amount).not.toBeFocused();
  // Back in the field, the grouped text is edited like any other and grouped again on leaving
  // (the first test saves such a text as whole đồng).
  await amount.click();
  await leader.keyboard.press("End");
  await leader.keyboard.press("Backspace");
  await leader.keyboard.type("1");
  await expect(amount).toHaveValue("1.500.001");
  await leader.keyboard.press("Tab");
  await expect(amount).toHaveValue("1.500.001");
  await amount.fill("2500000");
  await leader.keyboard.press("Tab");
  await expect(amount).toHaveValue("2.500.000");
});
