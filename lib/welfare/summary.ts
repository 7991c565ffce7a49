import "server-only";
import { type Actor, can } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import type { Fund } from "./labels";
import { yearRange } from "./service";

// Every total here is summed by PostgreSQL from the visit rows of the year; nothing is stored.
// Cancelled visits count nowhere. SUM over int is bigint in SQL: Number() is exact below 2^53.

type Group = { categoryId: string | null; fund: Fund | null; g: number; count: number; total: bigint };
type BudgetLine = { categoryId: string; fund: Fund; budget: bigint; spent: bigint; balance: bigint };

export async function getYearSummary(actor: Actor, year: number) {
  if (!can(actor, "welfare.export") && !can(actor, "welfare.read.all")) throw forbidden();
  const { from, to } = yearRange(year);
  const unitId = actor.unitId;
  const [groups, budget, categories] = await Promise.all([
    db.$queryRaw<Group[]>`
      SELECT v."categoryId", v.fund, GROUPING(v."categoryId", v.fund)::int AS g, COUNT(*)::int AS count, COALESCE(SUM(v.amount), 0)::bigint AS total
      FROM "WelfareVisit" v
      WHERE v."unitId" = ${unitId} AND v."eventOn" >= ${from} AND v."eventOn" < ${to} AND v.state <> 'CANCELLED'
      GROUP BY GROUPING SETS ((v."categoryId"), (v.fund), ())`,
    db.$queryRaw<BudgetLine[]>`
      WITH spent AS (
        SELECT v."categoryId", v.fund, SUM(v.amount)::bigint AS spent
        FROM "WelfareVisit" v
        WHERE v."unitId" = ${unitId} AND v."eventOn" >= ${from} AND v."eventOn" < ${to} AND v.state IN ('APPROVED', 'DONE')
        GROUP BY 1, 2
      ), budget AS (
        SELECT b."categoryId", b.fund, b.amount::bigint AS budget FROM "WelfareBudget" b WHERE b."unitId" = ${unitId} AND b.year = ${year}
      )
      SELECT COALESCE(b."categoryId", s."categoryId") AS "categoryId", COALESCE(b.fund, s.fund) AS fund,
             COALESCE(b.budget, 0)::bigint AS budget, COALESCE(s.spent, 0)::bigint AS spent,
             (COALESCE(b.budget, 0) - COALESCE(s.spent, 0))::bigint AS balance
      FROM budget b FULL JOIN spent s ON s."categoryId" = b."categoryId" AND s.fund = b.fund`,
    db.welfareCategory.findMany({
      where: { unitId, kind: { not: "NOMINATION" } },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true, archivedAt: true },
    }),
  ]);
  const num = (b: bigint) => Number(b);
  const total = groups.find((x) => x.g === 3);
  const byCategory = new Map(groups.filter((x) => x.g === 1).map((x) => [x.categoryId!, x]));
  const budgetOf = (id: string) => budget.filter((b) => b.categoryId === id);
  return {
    year,
    count: total?.count ?? 0,
    total: num(total?.total ?? 0n),
    categories: categories
      .map((c) => {
        const row = byCategory.get(c.id);
        const lines = budgetOf(c.id);
        return {
          id: c.id,
          name: c.name,
          count: row?.count ?? 0,
          total: num(row?.total ?? 0n),
          budget: lines.reduce((s, l) => s + num(l.budget), 0),
          spent: lines.reduce((s, l) => s + num(l.spent), 0),
          balance: lines.reduce((s, l) => s + num(l.balance), 0),
        };
      })
      .filter((c) => c.count > 0 || c.budget > 0),
    funds: groups
      .filter((x) => x.g === 2)
      .map((x) => ({ fund: x.fund!, count: x.count, total: num(x.total) })),
    budgetLines: budget.map((b) => ({
      categoryId: b.categoryId,
      fund: b.fund,
      budget: num(b.budget),
      spent: num(b.spent),
      balance: num(b.balance),
    })),
  };
}
export type YearSummary = Awaited<ReturnType<typeof getYearSummary>>;
