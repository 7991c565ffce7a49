// The tổ trưởng collects đoàn phí in their tổ on a phone: a tap per member who paid cash for a month,
// the ledger then holds what the rule owes (worked out here from the BHXH salary and the 1 % rate), the
// page fits a 390 px screen, and another tổ's page, member and payment are refused.
import { mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { groupByName } from "./data";
import { e2eDb } from "./db";
import { expectNotFound, login, toast } from "./helpers";
import { callDuesAction, memberWithSalary, moneyText, onePercentOf, paymentsOf } from "./money-kit";
import { TEST_TODAY } from "../support/today";

const SHOTS = "/tmp/shots-moneye2e";
// A month owed at 1 % (the school stopped collecting from 06/2025), and after the ledger's first
// month (01/2025), so that no member's balance to date changes; the members are this test's own.
const MONTH = "2025-02";
/** A save and the page's refresh, while other journeys run beside this one. */
const SAVE = { timeout: 30_000 };

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("the tổ trưởng ticks two members' cash for a month; the ledger holds what the 1 % rule owes", async ({
  page,
}) => {
  // Two saves and two refreshes of the tổ's month on a shared machine can outlast the default minute.
  test.setTimeout(150_000);
  mkdirSync(SHOTS, { recursive: true });
  const toanTin = await groupByName("Tổ Toán – Tin");
  // 5.475.601 ₫ → 54.756,01 ₫ → 54.756 ₫; 7.777.750 ₫ → 77.777,5 ₫ → 77.778 ₫ (half up).
  const a = await memberWithSalary("Tổ Toán – Tin", 5_475_601);
  const b = await memberWithSalary("Tổ Toán – Tin", 7_777_750);
  const owedA = onePercentOf(a.insuranceSalary);
  const owedB = onePercentOf(b.insuranceSalary);
  expect([owedA, owedB]).toEqual([54_756, 77_778]);

  await login(page, "leader");
  await page.goto(`/finance/dues/group?month=${MONTH}`);
  await expect(page.getByRole("heading", { name: "Đoàn phí Tổ Toán – Tin" })).toBeVisible();
  const rowA = page.getByTestId("collect-row").filter({ hasText: a.fullName });
  const rowB = page.getByTestId("collect-row").filter({ hasText: b.fullName });
  await expect(rowA).toContainText(moneyText(owedA));
  await expect(rowA).toContainText("Chưa nộp");
  await expect(rowB).toContainText(moneyText(owedB));
  expect(await paymentsOf([a.id, b.id])).toEqual([]);

  await page.getByRole("button", { name: `Đã thu của ${a.fullName}` }).click();
  await expect(toast(page, "success")).toContainText(`Đã ghi ${a.fullName} nộp`, SAVE);
  await expect(rowA).toContainText("Đã nộp đủ", SAVE);
  await page.getByRole("button", { name: `Đã thu của ${b.fullName}` }).click();
  await expect(rowB).toContainText("Đã nộp đủ", SAVE);
  await expect(page.getByRole("button", { name: `Đã thu của ${a.fullName}` })).toHaveCount(0);
  await expect(page.getByRole("button", { name: `Hoàn tác khoản thu của ${a.fullName}` })).toBeVisible();

  const stored = await paymentsOf([a.id, b.id], MONTH);
  const byMember = Object.fromEntries(stored.map((p) => [p.memberId, p]));
  expect(stored).toHaveLength(2);
  expect(byMember[a.id]).toMatchObject({ amount: owedA, method: "GROUP_CASH", groupId: toanTin.id });
  expect(byMember[b.id]).toMatchObject({ amount: owedB, method: "GROUP_CASH", groupId: toanTin.id });
  const paidOn = await e2eDb().duesPayment.findMany({
    where: { memberId: { in: [a.id, b.id] } },
    select: { paidOn: true },
  });
  expect(paidOn.map((p) => p.paidOn.toISOString().slice(0, 10))).toEqual([TEST_TODAY, TEST_TODAY]);

  // Nothing wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await rowA.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/dues-group-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: `${SHOTS}/dues-group-1366.png`, fullPage: true });
});

test("another tổ's collect page, member page and payment are refused, the ledger unchanged", async ({
  page,
}) => {
  const nguVan = await groupByName("Tổ Ngữ văn");
  const other = await memberWithSalary("Tổ Ngữ văn", 6_000_000);
  await login(page, "leader");

  await expectNotFound(page, `/finance/dues/group?month=${MONTH}&group=${nguVan.id}`);
  await expectNotFound(page, `/finance/dues/members/${other.id}`);

  await page.goto(`/finance/dues/group?month=${MONTH}`);
  await expect(page.getByRole("heading", { name: "Đoàn phí Tổ Toán – Tin" })).toBeVisible();
  await expect(page.getByTestId("collect-row").filter({ hasText: other.fullName })).toHaveCount(0);
  const result = await callDuesAction(
    page,
    "recordDuesPaymentAction",
    [
      {
        memberId: other.id,
        month: MONTH,
        amount: 60_000,
        method: "GROUP_CASH",
        paidOn: TEST_TODAY.split("-").reverse().join("/"),
      },
    ],
    "/finance/dues/group",
  );
  expect(result.body).toContain('"ok":false');
  expect(result.body).toContain('"code":"NOT_FOUND"');
  expect(await paymentsOf([other.id])).toEqual([]);
});
