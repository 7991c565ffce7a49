import "server-only";
// The whole unit's ledger for a span of months: every member who was a member in any of them, priced
// by the rule, with what was paid, walked in JS by pages of members: the reference for the set-based
// totals (month-sums.ts), which the screens and papers read.
import { db } from "@/lib/db";
import { loadDuesFacts, loadDuesSettings } from "./facts";
import { monthDate } from "./labels";
import { addPayment, ledgerMonth, termsCache, type LedgerMonth, type PaidSum } from "./ledger";
import { duesMonthSums, totalsOfMonths, type DuesTotals } from "./month-sums";
import { monthBounds, upperShareOf } from "./rule";
import { storedDuesTotals } from "./store-read";

export type UnitLedgerMember = {
  id: string;
  fullName: string;
  cardNumber: string | null;
  groupId: string;
  groupName: string;
  months: LedgerMonth[];
};

const BATCH = 2_000;

/** Calls `visit` for every member of the unit with at least one month as a member in `months`, by tổ then name. */
export async function walkUnitLedger(
  unitId: string,
  months: string[],
  visit: (m: UnitLedgerMember) => void,
  groupId?: string,
) {
  const stored = await loadDuesSettings(unitId);
  const terms = termsCache(stored);
  const [, last] = monthBounds(months.at(-1)!);
  let cursor = 0;
  for (;;) {
    const members = await db.member.findMany({
      where: {
        unitId,
        ...(groupId && { groupId }),
        OR: [{ joinedUnionOn: null }, { joinedUnionOn: { lte: new Date(`${last}T00:00:00.000Z`) } }],
      },
      orderBy: [{ group: { name: "asc" } }, { sortName: "asc" }, { id: "asc" }],
      skip: cursor,
      take: BATCH,
      select: {
        id: true,
        fullName: true,
        cardNumber: true,
        groupId: true,
        joinedUnionOn: true,
        insuranceSalary: true,
        group: { select: { name: true } },
      },
    });
    if (!members.length) break;
    cursor += members.length;
    const [facts, payments] = await Promise.all([
      loadDuesFacts(members),
      db.duesPayment.findMany({
        where: {
          unitId,
          memberId: { in: members.map((m) => m.id) },
          month: { gte: monthDate(months[0]), lte: monthDate(months.at(-1)!) },
        },
        select: { memberId: true, month: true, amount: true, paidOn: true, method: true },
      }),
    ]);
    const sums = new Map<string, PaidSum>();
    for (const p of payments) addPayment(sums, `${p.memberId}|${p.month.toISOString().slice(0, 7)}`, p);
    for (const m of members) {
      const f = facts.get(m.id)!;
      const lines = months.map((mo) => ledgerMonth(terms(mo), f, mo, sums.get(`${m.id}|${mo}`)));
      if (lines.every((l) => l.status === "not_member" && l.paid === 0)) continue;
      visit({
        id: m.id,
        fullName: m.fullName,
        cardNumber: m.cardNumber,
        groupId: m.groupId,
        groupName: m.group.name,
        months: lines,
      });
    }
    if (members.length < BATCH) break;
  }
  return terms;
}

export type { DuesTotals };

/** Splits one member-month's payment into its statutory part and its extra part. */
export function splitPaid(line: Pick<LedgerMonth, "paid" | "standard" | "extra">) {
  const extraPaid = Math.min(Math.max(line.paid - line.standard, 0), line.extra);
  return { standardPaid: line.paid - extraPaid, extraPaid };
}

/**
 * The totals of a span of months, each month's share at that month's percentage, for the tổng kết,
 * the dashboard and the remittance: read from the stored ledger (store.ts, kept fresh on read).
 */
export async function unitDuesTotals(
  unitId: string,
  months: string[],
  groupId?: string,
): Promise<DuesTotals> {
  return storedDuesTotals(unitId, months, groupId);
}

/** The same totals computed afresh by the set-based ledger SQL (month-sums.ts): the store's reference. */
export async function freshDuesTotals(
  unitId: string,
  months: string[],
  groupId?: string,
): Promise<DuesTotals> {
  const stored = await loadDuesSettings(unitId);
  return totalsOfMonths(await duesMonthSums({ unitId, groupId }, months, stored), stored);
}

/**
 * The same totals walked member by member through the rule in JS: the reference the SQL is checked
 * against (tests/integration/dues-ledger-sql.test.ts). Minutes at 60,000 members: not for screens.
 */
export async function walkedDuesTotals(
  unitId: string,
  months: string[],
  groupId?: string,
): Promise<DuesTotals> {
  const standardByMonth = new Map<string, number>();
  let owed = 0;
  let collected = 0;
  let extraKept = 0;
  const terms = await walkUnitLedger(
    unitId,
    months,
    (m) => {
      for (const line of m.months) {
        owed += line.amount;
        collected += line.paid;
        const { standardPaid, extraPaid } = splitPaid(line);
        extraKept += extraPaid;
        standardByMonth.set(line.month, (standardByMonth.get(line.month) ?? 0) + standardPaid);
      }
    },
    groupId,
  );
  let upperShare = 0;
  for (const [month, standard] of standardByMonth)
    upperShare += upperShareOf(standard, terms(month).cdcsSharePercent);
  return { owed, collected, upperShare, kept: collected - extraKept - upperShare, extraKept };
}
