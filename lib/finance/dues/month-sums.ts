import "server-only";
// The dues of a unit (or a tổ) per month, set-based (ledger-sql.ts): owed, collected and the part
// collected above the statutory rate. The totals of the dashboard, the tổng kết and the remittance
// are made from these twelve rows, so 60,000 members never leave the database.
import { Prisma } from "@/lib/generated/prisma/client";
import { loadDuesSettings } from "./facts";
import { ledgerCtes, type LedgerScope, withLedgerMemory } from "./ledger-sql";
import { upperShareOf } from "./rule";
import { termsForMonth, type StoredDuesSettings } from "./terms";

export type DuesMonthSum = {
  month: string;
  owed: number;
  collected: number;
  /** Collected above the statutory rate (the BCH's higher rate), kept 100 % by the CĐCS. */
  extraPaid: number;
};

/** SUM() comes back as bigint (or a string through some drivers): whole đồng, < 2^53. */
const num = (v: bigint | number | string | null) => (v === null ? 0 : Number(v));

export async function duesMonthSums(
  scope: LedgerScope,
  months: string[],
  stored?: StoredDuesSettings,
): Promise<DuesMonthSum[]> {
  if (!months.length) return [];
  const settings = stored ?? (await loadDuesSettings(scope.unitId));
  const rows = await withLedgerMemory<
    { m: Date; owed: bigint; collected: bigint; extra_paid: bigint }[]
  >(Prisma.sql`
    WITH ${ledgerCtes(scope, settings, months)},
    cells AS (
      SELECT COALESCE(o.m, p.m) AS m, COALESCE(o.amount, 0) AS amount, COALESCE(o.std, 0) AS std,
             COALESCE(o.extra, 0) AS extra, COALESCE(p.paid, 0) AS paid
      FROM priced o FULL JOIN pay p ON p.mid = o.mid AND p.m = o.m)
    SELECT m, SUM(amount) AS owed, SUM(paid) AS collected,
           SUM(LEAST(GREATEST(paid - std, 0), extra)) AS extra_paid
    FROM cells GROUP BY m`);
  const byMonth = new Map(rows.map((r) => [r.m.toISOString().slice(0, 7), r]));
  return months.map((month) => {
    const r = byMonth.get(month);
    return {
      month,
      owed: num(r?.owed ?? 0),
      collected: num(r?.collected ?? 0),
      extraPaid: num(r?.extra_paid ?? 0),
    };
  });
}

export type DuesTotals = {
  /** What the rule says was owed. */
  owed: number;
  /** What was paid (reversals subtracted). */
  collected: number;
  /** The cấp trên's share of what was collected at the statutory rate. */
  upperShare: number;
  /** What the CĐCS keeps of the statutory part. */
  kept: number;
  /** The part collected above the statutory rate (the BCH's higher rate), kept 100 %. */
  extraKept: number;
};

/** The totals of months' sums, each month's share at that month's percentage. */
export function totalsOfMonths(sums: DuesMonthSum[], stored: StoredDuesSettings): DuesTotals {
  let owed = 0;
  let collected = 0;
  let extraKept = 0;
  let upperShare = 0;
  for (const s of sums) {
    owed += s.owed;
    collected += s.collected;
    extraKept += s.extraPaid;
    upperShare += upperShareOf(s.collected - s.extraPaid, termsForMonth(stored, s.month).cdcsSharePercent);
  }
  return { owed, collected, upperShare, kept: collected - extraKept - upperShare, extraKept };
}
