// Shared by the đoàn phí and fund journeys (dues-*.spec.ts, fund-*.spec.ts, me-dues.spec.ts): fresh
// members with a known BHXH salary, the dues a month owes worked out by hand from the law's rate (not
// by lib/finance/dues/rule.ts), a direct server-action call, and the treasurer's sign-in.
import { hash } from "@node-rs/argon2";
import type { Page } from "@playwright/test";
import { callAction } from "./actions";
import { createMember, demoUnit } from "./data";
import { e2eDb } from "./db";
import { PASSWORD } from "./helpers";

/** 1 000 000 → "1.000.000": money as the screens and papers print it (without " ₫"). */
export const dots = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
/** Money on a screen: "54.756 ₫" (the space may be a normal or a no-break one). */
export const moneyText = (n: number) => new RegExp(`${dots(n).replace(/\./g, "\\.")}\\s₫`);

/**
 * What a member of the demo school (a public unit, paid 100 % by the state) owes for a month before
 * 06/2025: 1 % of the BHXH salary (Quyết định 1908/QĐ-TLĐ; 0,5 % only from 07/2025, and the school
 * stopped collecting from 06/2025), in whole đồng, half up. Worked by hand: salary / 100.
 */
export function onePercentOf(salary: number): number {
  return Math.round(salary / 100);
}

/** A fresh member of a tổ with a BHXH salary, a card number and a union joining day long before 2024. */
export async function memberWithSalary(groupName: string, salary: number) {
  const m = await createMember(groupName, { joinedUnionOn: "2015-09-01" });
  await e2eDb().member.update({ where: { id: m.id }, data: { insuranceSalary: salary } });
  return { ...m, insuranceSalary: salary };
}

/** Payments stored for members in a month ("yyyy-MM"): what the ledger holds, read in SQL. */
export async function paymentsOf(memberIds: string[], month?: string) {
  return e2eDb().duesPayment.findMany({
    where: {
      memberId: { in: memberIds },
      ...(month ? { month: new Date(`${month}-01T00:00:00.000Z`) } : {}),
    },
    select: { memberId: true, month: true, amount: true, method: true, groupId: true, importId: true },
  });
}

/** POSTs a dues server action from the signed-in page, the way a crafted request would. */
export const callDuesAction = (page: Page, name: string, args: unknown[], path = "/me") =>
  callAction(page, name, args, path, "lib/finance/dues/actions.ts");

/**
 * The demo's treasurer (Hồ Thị Phượng, Ủy viên BCH phụ trách tài chính: the seed gives her the
 * TREASURER position but no account) gets a sign-in for this run. Idempotent across the spec's tests.
 */
export const TREASURER_EMAIL = "thuquy.e2e@demo.vn";
export async function treasurerAccount() {
  const db = e2eDb();
  const unit = await demoUnit();
  const member = await db.member.findFirstOrThrow({
    where: { unitId: unit.id, fullName: "Hồ Thị Phượng", positions: { some: { office: "TREASURER" } } },
  });
  const passwordHash = await hash(PASSWORD);
  await db.user.upsert({
    where: { email: TREASURER_EMAIL },
    update: {},
    create: { unitId: unit.id, email: TREASURER_EMAIL, passwordHash, memberId: member.id },
  });
  return TREASURER_EMAIL;
}
