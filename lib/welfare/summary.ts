import "server-only";
import { type Actor, can } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { type Fund, FUNDS } from "./labels";
import { yearRange } from "./service";

// Every total here is summed by PostgreSQL from the visit rows of the year; nothing is stored.
// Only visits done / paid (DONE) are counted and totalled, as in the sổ: a proposal or an approval
// not yet paid is money not spent, and is reported apart (pending). Cancelled visits count nowhere.
// The budget lines take what is paid (spent) and what is approved but not yet paid (committed):
// the balance is what remains to approve. SUM over int is bigint in SQL: Number() is exact below 2^53.

type Group = { categoryId: string | null; fund: Fund | null; g: number; count: number; total: bigint };
type BudgetLine = {
  categoryId: string;
  fund: Fund;
  budget: bigint;
  hasBudget: boolean;
  spent: bigint;
  committed: bigint;
  balance: bigint;
};
type Pending = { count: number; total: bigint };

/**
 * The summary of a calendar year (the screen); the tổng kết passes its own span of days (`span`,
 * from inclusive, to exclusive) for a năm học, and the dự toán stays that of `year`.
 */
export async function getYearSummary(actor: Actor, year: number, span?: { from: Date; to: Date }) {
  if (!can(actor, "welfare.export") && !can(actor, "welfare.read.all")) throw forbidden();
  const { from, to } = span ?? yearRange(year);
  const unitId = actor.unitId;
  const [groups, budget, categories, [pending]] = await Promise.all([
    db.$queryRaw<Group[]>`
      SELECT v."categoryId", v.fund, GROUPING(v."categoryId", v.fund)::int AS g, COUNT(*)::int AS count, COALESCE(SUM(v.amount), 0)::bigint AS total
      FROM "WelfareVisit" v
      WHERE v."unitId" = ${unitId} AND v."eventOn" >= ${from} AND v."eventOn" < ${to} AND v.state = 'DONE'
      GROUP BY GROUPING SETS ((v."categoryId"), (v.fund), ())`,
    db.$queryRaw<BudgetLine[]>`
      WITH spent AS (
        SELECT v."categoryId", v.fund,
               COALESCE(SUM(v.amount) FILTER (WHERE v.state = 'DONE'), 0)::bigint AS spent,
               COALESCE(SUM(v.amount) FILTER (WHERE v.state = 'APPROVED'), 0)::bigint AS committed
        FROM "WelfareVisit" v
        WHERE v."unitId" = ${unitId} AND v."eventOn" >= ${from} AND v."eventOn" < ${to} AND v.state IN ('APPROVED', 'DONE')
        GROUP BY 1, 2
      ), budget AS (
        SELECT b."welfareCategoryId" AS "categoryId", b."welfareFund" AS fund, b.amount::bigint AS budget FROM "FundBudget" b
        WHERE b."unitId" = ${unitId} AND b.year = ${year} AND b."welfareCategoryId" IS NOT NULL
      )
      SELECT COALESCE(b."categoryId", s."categoryId") AS "categoryId", COALESCE(b.fund, s.fund) AS fund,
             COALESCE(b.budget, 0)::bigint AS budget, (b."categoryId" IS NOT NULL) AS "hasBudget",
             COALESCE(s.spent, 0)::bigint AS spent,
             COALESCE(s.committed, 0)::bigint AS committed,
             (COALESCE(b.budget, 0) - COALESCE(s.spent, 0) - COALESCE(s.committed, 0))::bigint AS balance
      FROM budget b FULL JOIN spent s ON s."categoryId" = b."categoryId" AND s.fund = b.fund`,
    db.welfareCategory.findMany({
      where: { unitId, kind: { not: "NOMINATION" } },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true, archivedAt: true },
    }),
    db.$queryRaw<Pending[]>`
      SELECT COUNT(*)::int AS count, COALESCE(SUM(v.amount), 0)::bigint AS total
      FROM "WelfareVisit" v
      WHERE v."unitId" = ${unitId} AND v."eventOn" >= ${from} AND v."eventOn" < ${to} AND v.state IN ('PROPOSED', 'APPROVED')`,
  ]);
  const num = (b: bigint) => Number(b);
  const total = groups.find((x) => x.g === 3);
  const byCategory = new Map(groups.filter((x) => x.g === 1).map((x) => [x.categoryId!, x]));
  const order = new Map(categories.map((c, i) => [c.id, i]));
  const name = new Map(categories.map((c) => [c.id, c.name]));
  const lines = budget
    .filter((b) => order.has(b.categoryId))
    .sort(
      (a, b) =>
        order.get(a.categoryId)! - order.get(b.categoryId)! || FUNDS.indexOf(a.fund) - FUNDS.indexOf(b.fund),
    );
  return {
    year,
    count: total?.count ?? 0,
    total: num(total?.total ?? 0n),
    /** Proposed or approved, not yet paid: in no total, shown apart. */
    pending: { count: pending.count, total: num(pending.total) },
    categories: categories
      .map((c) => {
        const row = byCategory.get(c.id);
        return {
          id: c.id,
          name: c.name,
          count: row?.count ?? 0,
          total: num(row?.total ?? 0n),
          budget: lines.filter((l) => l.categoryId === c.id).reduce((s, l) => s + num(l.budget), 0),
        };
      })
      .filter((c) => c.count > 0 || c.budget > 0),
    funds: groups
      .filter((x) => x.g === 2)
      .map((x) => ({ fund: x.fund!, count: x.count, total: num(x.total) })),
    /**
     * The dự toán per category and fund, as the visit form and the approval check it: paid, approved
     * not yet paid, and what remains. A line with spending and no dự toán has budget and balance null.
     */
    budgetLines: lines.map((b) => ({
      categoryId: b.categoryId,
      name: name.get(b.categoryId)!,
      fund: b.fund,
      budget: b.hasBudget ? num(b.budget) : null,
      spent: num(b.spent),
      committed: num(b.committed),
      balance: b.hasBudget ? num(b.balance) : null,
    })),
  };
}
export type YearSummary = Awaited<ReturnType<typeof getYearSummary>>;
