import "server-only";
// The sổ's member rows in one set-based statement (ledger-sql.ts): per member of the unit or tổ, the
// twelve months as a status letter, what was owed and what was paid, and the part paid above the
// statutory rate; in the sổ's order (tổ, then name). The rule is applied in SQL exactly as in
// rule.ts (tests/integration/dues-ledger-sql.test.ts holds them equal).
import { Prisma } from "@/lib/generated/prisma/client";
import { ledgerCtes, type LedgerScope, withLedgerMemory } from "./ledger-sql";
import type { StoredDuesSettings } from "./terms";

export type BookRow = {
  id: string;
  fullName: string;
  cardNumber: string | null;
  groupId: string;
  groupName: string;
  codes: string;
  amounts: number[];
  paids: number[];
  /** Paid above the statutory rate per month; null when nothing was. */
  extras: number[] | null;
  lastAmount: number | null;
  lastSalary: number | null;
};

/**
 * Per member in scope who was a member or paid in the months: the status letters, what was owed,
 * paid and paid above the statutory rate per month (`xpaids`, zeros when none), and the latest owed
 * month's amount and salary. The fresh computation that the store (store.ts) keeps.
 */
export function memberYearSql(scope: LedgerScope, stored: StoredDuesSettings, months: string[]) {
  return Prisma.sql`
    WITH ${ledgerCtes(scope, stored, months)},
    grid AS (
      SELECT mem.id AS mid, t.m,
             CASE WHEN a.mid IS NULL THEN 'N' WHEN t.stop THEN 'K' WHEN o.mid IS NULL THEN 'E' ELSE 'O' END AS st,
             COALESCE(o.amount, 0)::int AS amount, o.sal, COALESCE(p.paid, 0)::int AS paid,
             LEAST(GREATEST(COALESCE(p.paid, 0) - COALESCE(o.std, 0), 0), COALESCE(o.extra, 0))::int AS xpaid
      FROM mem CROSS JOIN t
      LEFT JOIN act a ON a.mid = mem.id AND a.m = t.m
      LEFT JOIN priced o ON o.mid = mem.id AND o.m = t.m
      LEFT JOIN pay p ON p.mid = mem.id AND p.m = t.m)
    SELECT mid, string_agg(st, '' ORDER BY m) AS codes,
           array_agg(amount ORDER BY m) AS amounts, array_agg(paid ORDER BY m) AS paids,
           array_agg(xpaid ORDER BY m) AS xpaids,
           (array_agg(amount ORDER BY m DESC) FILTER (WHERE st = 'O'))[1] AS "lastAmount",
           (array_agg(sal::int ORDER BY m DESC) FILTER (WHERE st = 'O'))[1] AS "lastSalary"
    FROM grid GROUP BY mid
    HAVING bool_or(st <> 'N' OR paid <> 0)`;
}

/** The sổ's rows computed afresh from the ledger (the store's reference; the sổ reads the store). */
export function bookRows(scope: LedgerScope, stored: StoredDuesSettings, months: string[]) {
  return withLedgerMemory<BookRow[]>(Prisma.sql`
    WITH agg AS (${memberYearSql(scope, stored, months)})
    SELECT mm.id, mm."fullName", mm."cardNumber", mm."groupId", g.name AS "groupName",
           agg.codes, agg.amounts, agg.paids,
           CASE WHEN 0 <> ANY(agg.xpaids) THEN agg.xpaids END AS extras, agg."lastAmount", agg."lastSalary"
    FROM agg JOIN "Member" mm ON mm.id = agg.mid JOIN "Group" g ON g.id = mm."groupId"
    ORDER BY g.name, mm."sortName", mm.id`);
}
