// A đoàn viên's own đoàn phí in "Của tôi": 2025 month by month (1 % of the BHXH salary for 01–05, then
// "Không thu" for the state-funded school), what was paid from the ledger in SQL, and the balance to
// date; another member's dues are out of reach by URL and by a crafted action call.
import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { memberOfAccount } from "./data";
import { e2eDb } from "./db";
import { ACCOUNTS, expectNotFound, login } from "./helpers";
import { callDuesAction, dots, moneyText, onePercentOf } from "./money-kit";
import { TEST_TODAY, THIS_YEAR } from "../support/today";

const SHOTS = "/tmp/shots-moneye2e";
const YEAR = 2025;
const OWED_MONTHS = ["01", "02", "03", "04", "05"]; // từ 01/6/2025: không thu (Công văn 4133/TLĐ-ToC)

const monthRow = (page: Page, mm: string) =>
  page
    .getByTestId("dues-months")
    .locator("tbody tr")
    .filter({ hasText: `${mm}/${YEAR}` });

test("a đoàn viên sees 2025 owed and paid by month, as the ledger holds them", async ({ page }) => {
  mkdirSync(SHOTS, { recursive: true });
  const me = await memberOfAccount(ACCOUNTS.member);
  const db = e2eDb();
  // What the figures rest on: one BHXH salary all year, a member since before 2025, nothing miễn.
  expect(me.insuranceSalary).toBeGreaterThan(0);
  expect(me.joinedUnionOn!.toISOString().slice(0, 10) < `${YEAR}-01-01`).toBe(true);
  expect(await db.memberSalary.count({ where: { memberId: me.id } })).toBe(0);
  expect(await db.duesExemption.count({ where: { memberId: me.id } })).toBe(0);
  expect(
    await db.memberEvent.count({
      where: { memberId: me.id, type: { notIn: ["ADMITTED", "GROUP_CHANGED"] } },
    }),
  ).toBe(0);
  const owed = onePercentOf(me.insuranceSalary!);
  const paidRows = await db.$queryRaw<{ mm: string; paid: bigint }[]>`
    SELECT to_char(month, 'MM') AS mm, SUM(amount)::bigint AS paid
    FROM "DuesPayment" WHERE "memberId" = ${me.id} AND month >= ${new Date(`${YEAR}-01-01`)}
      AND month < ${new Date(`${YEAR + 1}-01-01`)}
    GROUP BY 1`;
  const paid = new Map(paidRows.map((r) => [r.mm, Number(r.paid)]));
  // The seed's payments reach the ledger (the seeding day is after 05/2025).
  expect([...paid.keys()].sort()).toEqual(OWED_MONTHS);

  await login(page, "member");
  await page.goto("/me/dues");
  await expect(page.getByRole("heading", { name: "Đoàn phí của tôi" })).toBeVisible();
  await expect(page.getByText(`Năm ${THIS_YEAR} ·`)).toBeVisible();
  await page.getByRole("link", { name: `‹ ${THIS_YEAR - 1}` }).click();
  await expect(page).toHaveURL(new RegExp(`/me/dues\\?year=${THIS_YEAR - 1}$`));
  await page.goto(`/me/dues?year=${YEAR}`);
  await expect(page.getByText(`Năm ${YEAR} ·`)).toBeVisible();

  for (const mm of OWED_MONTHS) {
    const row = monthRow(page, mm);
    const cells = row.locator("td");
    await expect(cells.nth(1)).toHaveText(moneyText(me.insuranceSalary!));
    await expect(cells.nth(2)).toHaveText(moneyText(owed));
    await expect(cells.nth(3)).toHaveText(moneyText(paid.get(mm)!));
    const balance = paid.get(mm)! - owed;
    await expect(cells.nth(4)).toHaveText(
      balance === 0
        ? "Đã nộp đủ"
        : balance < 0
          ? `Còn thiếu ${dots(-balance)} ₫`
          : `Nộp thừa ${dots(balance)} ₫`,
    );
  }
  for (const mm of ["06", "07", "08", "09", "10", "11", "12"]) {
    const cells = monthRow(page, mm).locator("td");
    await expect(cells.nth(2)).toHaveText("0 ₫");
    await expect(cells.nth(3)).toHaveText("—");
    await expect(cells.nth(4)).toHaveText("Không thu");
  }
  const paidYear = [...paid.values()].reduce((s, n) => s + n, 0);
  const total = page.getByTestId("dues-months").locator("tbody tr").filter({ hasText: "Cả năm" });
  await expect(total).toContainText(moneyText(owed * OWED_MONTHS.length));
  await expect(total).toContainText(moneyText(paidYear));
  // The balance to date: the book opens in 01/2025 (the unit's first payment); only 01–05/2025 are owed since.
  const [{ paidToDate }] = await db.$queryRaw<{ paidToDate: bigint }[]>`
    SELECT COALESCE(SUM(amount), 0)::bigint AS "paidToDate" FROM "DuesPayment"
    WHERE "memberId" = ${me.id} AND month <= ${new Date(`${TEST_TODAY.slice(0, 7)}-01`)}`;
  const balance = Number(paidToDate) - owed * OWED_MONTHS.length;
  await expect(page.getByTestId("dues-balance")).toHaveText(
    balance === 0
      ? "Đã nộp đủ đến tháng này."
      : balance < 0
        ? `Còn thiếu ${dots(-balance)} ₫ đến tháng này.`
        : `Nộp thừa ${dots(balance)} ₫ (được trừ vào các tháng sau).`,
  );
  await expect(page.getByTestId("dues-payments").locator("li")).toHaveCount(
    await db.duesPayment.count({
      where: {
        memberId: me.id,
        month: { gte: new Date(`${YEAR}-01-01`), lt: new Date(`${YEAR + 1}-01-01`) },
      },
    }),
  );
  await page.screenshot({ path: `${SHOTS}/me-dues-1366.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/me-dues-390.png`, fullPage: true });
});

test("another member's dues: the page is not found and a crafted payment or reversal is refused", async ({
  page,
}) => {
  const other = await memberOfAccount(ACCOUNTS.chair);
  const db = e2eDb();
  const snapshot = () =>
    db.duesPayment.findMany({ where: { memberId: other.id }, orderBy: { id: "asc" } }).then(JSON.stringify);
  const before = await snapshot();
  const target = await db.duesPayment.findFirstOrThrow({ where: { memberId: other.id, reversesId: null } });

  await login(page, "member");
  await expectNotFound(page, `/finance/dues/members/${other.id}`);
  await expectNotFound(page, `/finance/dues?group=${other.groupId}`);
  await page.goto("/me/dues");
  const pay = await callDuesAction(page, "recordDuesPaymentAction", [
    {
      memberId: other.id,
      month: "2025-03",
      amount: 50_000,
      method: "GROUP_CASH",
      paidOn: TEST_TODAY.split("-").reverse().join("/"),
    },
  ]);
  expect(pay.body).toContain('"ok":false');
  expect(pay.body).toContain('"code":"FORBIDDEN"');
  const undo = await callDuesAction(page, "reverseDuesPaymentAction", [
    { paymentId: target.id, reason: "Thử hoàn tác khoản của người khác" },
  ]);
  expect(undo.body).toContain('"ok":false');
  expect(undo.body).toContain('"code":"FORBIDDEN"');
  expect(await snapshot()).toBe(before);
});
