import "server-only";
// The fund's figures for a period, for the dashboard, the tổng kết and the report: opening balance,
// thu, chi (reversals included, negative), closing balance, and the sum per category.
import { db } from "@/lib/db";
import type { Account, Direction } from "../labels";

export type CategoryTotal = { code: string; name: string; direction: Direction; amount: number };
export type FundTotals = {
  opening: number;
  income: number;
  spending: number;
  closing: number;
  byCategory: CategoryTotal[];
};

/**
 * Balance of the fund (or one account) at the start of `day`: the stored sums of the whole months
 * before (derived."FundMonthTotal", kept by triggers on FundEntry: see its migration) plus the
 * entries from the first of `day`'s month up to `day`.
 */
export async function balanceBefore(unitId: string, day: Date, account?: Account): Promise<number> {
  const acct = account ?? null;
  const rows = await db.$queryRaw<{ b: bigint | null }[]>`
    SELECT (
      COALESCE((SELECT SUM(CASE WHEN direction = 'IN' THEN amount ELSE -amount END)
        FROM derived."FundMonthTotal"
        WHERE "unitId" = ${unitId} AND month < date_trunc('month', ${day}::date)
          AND (${acct}::text IS NULL OR account::text = ${acct}::text)), 0)
      + COALESCE((SELECT SUM(CASE WHEN direction = 'IN' THEN amount ELSE -amount END)
        FROM "FundEntry"
        WHERE "unitId" = ${unitId} AND date >= date_trunc('month', ${day}::date) AND date < ${day}
          AND (${acct}::text IS NULL OR account::text = ${acct}::text)), 0)
    )::bigint AS b`;
  return Number(rows[0]?.b ?? 0);
}

/**
 * from inclusive, to exclusive (UTC-midnight days). The sum per category reads the stored month sums
 * (derived."FundMonthTotal") for the whole months inside the period, and the entries only for the
 * days of a partial month at either end: [from, first whole month) and [first of to's month, to).
 * When from and to fall in the same month there is no whole month and the first part is the period.
 */
export async function fundTotals(unitId: string, from: Date, to: Date): Promise<FundTotals> {
  const [opening, rows] = await Promise.all([
    balanceBefore(unitId, from),
    db.$queryRaw<{ code: string; name: string; direction: Direction; amount: bigint; sort: number }[]>`
      WITH span AS (
        -- ms: the first whole month (from's month if from is the 1st, else the next one);
        -- me: the month of to, the first one not wholly inside.
        SELECT ${from}::date AS f, ${to}::date AS t,
               (date_trunc('month', ${from}::date - 1) + interval '1 month')::date AS ms,
               date_trunc('month', ${to}::date)::date AS me
      ), amounts AS (
        SELECT m."categoryId", m.amount FROM derived."FundMonthTotal" m, span
        WHERE m."unitId" = ${unitId} AND m.month >= span.ms AND m.month < span.me
        UNION ALL
        SELECT e."categoryId", e.amount FROM "FundEntry" e, span
        WHERE e."unitId" = ${unitId} AND e.date >= span.f AND e.date < LEAST(span.ms, span.t)
        UNION ALL
        SELECT e."categoryId", e.amount FROM "FundEntry" e, span
        WHERE e."unitId" = ${unitId} AND e.date >= GREATEST(span.ms, span.me) AND e.date < span.t
      ), per AS (
        SELECT "categoryId", SUM(amount) AS amount FROM amounts GROUP BY "categoryId"
      )
      SELECT c.code, c.name, c.direction::text AS direction, c."sortOrder" AS sort,
             COALESCE(p.amount, 0)::bigint AS amount
      FROM "FundCategory" c
      LEFT JOIN per p ON p."categoryId" = c.id
      WHERE c."unitId" = ${unitId}
      ORDER BY c.direction, c."sortOrder", c.name`,
  ]);
  const byCategory = rows.map((r) => ({
    code: r.code,
    name: r.name,
    direction: r.direction,
    amount: Number(r.amount),
  }));
  const sum = (d: Direction) => byCategory.filter((c) => c.direction === d).reduce((s, c) => s + c.amount, 0);
  const income = sum("IN");
  const spending = sum("OUT");
  return { opening, income, spending, closing: opening + income - spending, byCategory };
}
