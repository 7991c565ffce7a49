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

/** from inclusive, to exclusive (UTC-midnight days). */
export async function fundTotals(unitId: string, from: Date, to: Date): Promise<FundTotals> {
  const [opening, rows] = await Promise.all([
    balanceBefore(unitId, from),
    db.$queryRaw<{ code: string; name: string; direction: Direction; amount: bigint; sort: number }[]>`
      SELECT c.code, c.name, c.direction::text AS direction, c."sortOrder" AS sort,
             COALESCE(SUM(e.amount), 0)::bigint AS amount
      FROM "FundCategory" c
      LEFT JOIN "FundEntry" e ON e."categoryId" = c.id AND e.date >= ${from} AND e.date < ${to}
      WHERE c."unitId" = ${unitId}
      GROUP BY c.id
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
