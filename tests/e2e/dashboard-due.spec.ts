// The year dashboard in Chromium: the demo's overdue decisions show on the chair's dashboard, and
// the tile opens the list of exactly those decisions; a tổ trưởng sees their tổ's dashboard only.
import { expect, test } from "@playwright/test";
import { e2eDb } from "./db";
import { expectNotFound, login } from "./helpers";
import { TEST_TODAY } from "../support/today";

const today = new Date(`${TEST_TODAY}T00:00:00.000Z`);

test("an overdue decision shows on the dashboard and its tile opens the filtered list", async ({ page }) => {
  const db = e2eDb();
  const unit = await db.user.findFirstOrThrow({
    where: { email: "chutich@demo.vn" },
    select: { unitId: true },
  });
  const overdue = await db.meetingDecision.findMany({
    where: { isDone: false, dueOn: { lt: today }, meeting: { unitId: unit.unitId } },
    select: { content: true },
  });
  // The demo keeps some decisions overdue on any day (prisma/seed/meetings-status.ts).
  expect(overdue.length).toBeGreaterThan(0);

  await login(page, "chair");
  await page.goto("/dashboard");
  const tile = page.getByTestId("due-decisions-overdue");
  await expect(tile).toContainText("Quyết định quá hạn");
  await expect(tile).toContainText(String(overdue.length));
  await tile.click();
  await expect(page).toHaveURL(/\/meetings\/decisions$/);
  await expect(page.getByRole("heading", { name: "Quyết định quá hạn" })).toBeVisible();
  const rows = page.getByTestId("overdue-decisions").locator("tbody tr");
  await expect(rows).toHaveCount(overdue.length);
  await expect(rows.first()).toContainText(/trễ \d+ ngày/);
  for (const d of overdue) await expect(page.getByTestId("overdue-decisions")).toContainText(d.content);
});

test("the tổ trưởng sees their tổ's dashboard, not the unit's or another tổ's", async ({ page }) => {
  const db = e2eDb();
  await login(page, "leader");
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tổng quan Tổ");
  await expect(page.getByTestId("due-decisions-overdue")).toBeVisible();
  // No opinions tile: a tổ trưởng does not read the BCH's inbox.
  await expect(page.getByTestId("due-opinions-new")).toHaveCount(0);
  const leader = await db.user.findFirstOrThrow({
    where: { email: "totruong@demo.vn" },
    select: { unitId: true },
  });
  const other = await db.group.findFirstOrThrow({
    where: { unitId: leader.unitId, name: { not: { contains: "Toán" } }, archivedAt: null },
    select: { id: true },
  });
  await expectNotFound(page, `/dashboard?group=${other.id}`);
});

test("the UBKT reads the unit's dashboard; a member has none", async ({ page }) => {
  await login(page, "ubkt");
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Tổng quan", exact: true })).toBeVisible();
  await expect(page.getByTestId("due-opinions-new")).toBeVisible();
  // Nothing on it is a form or a button that writes: tiles and charts are links.
  await expect(page.locator("main form")).toHaveCount(0);
  await page.context().clearCookies();
  await login(page, "member");
  await expectNotFound(page, "/dashboard");
});

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const role of ["chair", "leader"] as const)
    test(`the ${role}'s dashboard fits the screen: nothing scrolls sideways`, async ({ page }) => {
      await login(page, role);
      await page.goto("/dashboard");
      await expect(page.getByTestId("due-decisions-overdue")).toBeVisible();
      // Once 559 px: the attendance chart's screen-reader table widened the page.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });
});
