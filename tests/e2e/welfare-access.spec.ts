// Welfare limits and access: the quy chế warns and needs a reason, a member sees only their own,
// the UBKT reads but changes nothing. The visits made here are last year's: this year's totals
// belong to welfare-flow.spec.ts, which may run at the same time.
import { expect, test } from "@playwright/test";
import { createMember } from "./data";
import { e2eDb } from "./db";
import { expectNotFound, fieldError, login, toast } from "./helpers";
import { callWelfareAction, makeVisit, memberByName } from "./welfare-kit";
import { LAST_YEAR, THIS_YEAR, TODAY, typed } from "../support/today";

test("an amount above the rate cannot be saved without a reason and a BCH decision", async ({ page }) => {
  const m = await createMember("Tổ Khoa học tự nhiên");
  const count = () => e2eDb().welfareVisit.count({ where: { memberId: m.id } });
  const before = await count();
  await login(page, "bch");
  await page.goto(`/welfare/new?member=${m.id}`);
  await page.getByLabel("Loại thăm hỏi").selectOption({ label: "Ốm đau, nằm viện" });
  await page.getByLabel("Ngày sự việc").fill(`20/12/${LAST_YEAR}`);
  await page.getByLabel("Số tiền (đồng)").fill("1.500.000");
  await expect(page.getByTestId("limit-warning")).toContainText(
    "Số tiền vượt mức quy chế (tối đa 1.000.000 ₫/lần)",
  );
  await page.getByRole("button", { name: "Ghi đề xuất" }).click();
  await expect(fieldError(page, "overrideReason")).toContainText("cần ghi lý do và số quyết định của BCH");
  await expect(fieldError(page, "overrideDecisionRef")).toBeVisible();
  await expect(toast(page, "error")).toBeVisible();
  expect(await count()).toBe(before);

  await page.getByLabel("Lý do vượt mức").fill("Phẫu thuật, điều trị dài ngày");
  await page.getByLabel("Số quyết định / biên bản của BCH").fill("Biên bản họp BCH số 01/BB-CĐCS");
  // Last year's sickness budget has 150.000 ₫ left in the demo: 1.500.000 ₫ also goes over the dự toán,
  // which needs its own reason (welfare-visits.test.ts covers that rule).
  await expect(page.getByTestId("budget-warning")).toContainText(
    "Muốn tiếp tục, hãy ghi lý do chi vượt dự toán",
  );
  await page.getByLabel("Lý do chi vượt dự toán").fill("BCH đồng ý chi vượt dự toán cho ca phẫu thuật");
  await page.getByRole("button", { name: "Ghi đề xuất" }).click();
  await expect(toast(page, "success")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Vượt quy chế, có quyết định của BCH" })).toBeVisible();
  await expect(page.getByTestId("visit-history")).toContainText("Vượt quy chế");
  expect(await count()).toBe(before + 1);
});

test("a third sickness visit to the same member in a year warns", async ({ page }) => {
  // A member of our own, so that the seed's visits cannot change the count.
  const m = await createMember("Tổ Ngoại ngữ");
  await makeVisit(m.fullName, "Ốm đau, nằm viện", `${LAST_YEAR}-02-01`, 300_000);
  await makeVisit(m.fullName, "Ốm đau, nằm viện", `${LAST_YEAR}-04-01`, 300_000, "APPROVED");
  await login(page, "chair");
  await page.goto(`/welfare/new?member=${m.id}`);
  await page.getByLabel("Loại thăm hỏi").selectOption({ label: "Ốm đau, nằm viện" });
  await page.getByLabel("Ngày sự việc").fill(`05/05/${LAST_YEAR}`);
  await page.getByLabel("Số tiền (đồng)").fill("300.000");
  await expect(page.getByTestId("limit-warning")).toContainText(
    `Đây là lần thứ 3 trong năm ${LAST_YEAR} (quy chế tối đa 2 lần/năm)`,
  );
  // This year starts a new count.
  await page.getByLabel("Ngày sự việc").fill(typed(TODAY));
  await expect(page.getByTestId("limit-warning")).toHaveCount(0);
  await expect(page.getByTestId("rate-hint")).toContainText("tối đa 2 lần/năm");
});

test("a member sees only their own visits; another member's visit by URL or action is refused", async ({
  page,
}) => {
  const other = await makeVisit("Lê Thị Mai", "Ốm đau, nằm viện", `${LAST_YEAR}-03-03`, 300_000, "PROPOSED");
  // Phạm Minh Tuấn's own visits, as the database holds them (the demo has some every year).
  const tuan = await memberByName("Phạm Minh Tuấn");
  const own = await e2eDb().welfareVisit.count({ where: { memberId: tuan.id, state: { not: "CANCELLED" } } });
  expect(own).toBeGreaterThan(0);
  const before = await e2eDb().welfareVisit.findUniqueOrThrow({ where: { id: other.id } });
  await login(page, "member");
  await page.goto("/me");
  await page.getByRole("link", { name: "Xem lịch sử thăm hỏi của tôi →" }).click();
  await expect(page.getByRole("heading", { name: "Thăm hỏi của tôi" })).toBeVisible();
  await expect(page.getByText(`Phạm Minh Tuấn · ${own} lượt`)).toBeVisible();
  await expect(page.getByTestId("my-visits").locator("li")).toHaveCount(own);
  await page.getByTestId("my-visits").getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Phạm Minh Tuấn");

  await expectNotFound(page, `/welfare/${other.id}`);
  await expectNotFound(page, "/welfare");
  await expectNotFound(page, "/welfare/summary");
  const cancel = await callWelfareAction(page, "cancelVisitAction", [{ id: other.id, reason: "Thử hủy hộ" }]);
  expect(cancel.body).toContain('"code":"FORBIDDEN"');
  const preview = await callWelfareAction(
    page,
    "previewVisitLimitsAction",
    [{ memberId: "", categoryId: "", eventOn: "", amount: "", visitId: other.id }],
    "/me",
  );
  expect(preview.body).toContain('"code":"FORBIDDEN"');
  const pdf = await page.request.get(`/api/welfare/register/pdf?year=${THIS_YEAR}`);
  expect(pdf.status()).toBe(403);
  expect(await e2eDb().welfareVisit.findUniqueOrThrow({ where: { id: other.id } })).toEqual(before);
});

test("the UBKT reads every visit but cannot change one", async ({ page }) => {
  const visit = await makeVisit("Lê Thị Mai", "Ốm đau, nằm viện", `${LAST_YEAR}-06-06`, 300_000, "PROPOSED");
  await login(page, "ubkt");
  await page.goto(`/welfare?year=${LAST_YEAR}`);
  await expect(page.getByText("Toàn đơn vị")).toBeVisible();
  await expect(page.getByRole("link", { name: "+ Đề xuất thăm hỏi" })).toHaveCount(0);
  await page.goto(`/welfare/${visit.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Lê Thị Mai");
  for (const name of ["Duyệt", "Hủy thăm hỏi…", "Ghi nhận đã thăm / đã chi"])
    await expect(page.getByRole("button", { name })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Sửa" })).toHaveCount(0);
  await expectNotFound(page, `/welfare/${visit.id}/edit`);
  await expectNotFound(page, "/welfare/new");
  for (const [action, arg] of [
    ["approveVisitAction", { id: visit.id }],
    ["cancelVisitAction", { id: visit.id, reason: "UBKT thử hủy" }],
  ] as const) {
    const r = await callWelfareAction(page, action, [arg], "/welfare");
    expect(r.body).toContain('"code":"FORBIDDEN"');
  }
  expect(await e2eDb().welfareVisit.findUniqueOrThrow({ where: { id: visit.id } })).toMatchObject({
    state: "PROPOSED",
    cancelReason: null,
  });
  expect(await e2eDb().auditLog.count({ where: { entityId: visit.id } })).toBe(0);
  const xlsx = await page.request.get(`/api/welfare/register/xlsx?year=${LAST_YEAR}`);
  expect(xlsx.status()).toBe(200);
});
