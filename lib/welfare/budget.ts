import "server-only";
// The category's dự toán of the year against one visit: what is paid, what is approved and not yet
// paid, what remains, and what would remain after this visit. Shown in the form and the approval;
// going below zero needs a written reason (budgetOverrideReason), stored and audited.
import { writeAudit } from "@/lib/audit/log";
import { type Actor, can } from "@/lib/auth/current-user";
import { db, type Tx } from "@/lib/db";
import { formatMoney } from "@/lib/format";
import { FUND_LABELS, type Fund } from "./labels";
import { welfareYear, yearRange } from "./service";

export type BudgetCheck = {
  year: number;
  fund: Fund;
  budget: number;
  /** Done / paid this year in the category and fund. */
  spent: number;
  /** Approved, not yet paid. */
  committed: number;
  /** budget − spent − committed, before this visit. */
  remaining: number;
  /** remaining − this visit's amount. */
  after: number;
};

type Input = {
  unitId: string;
  categoryId: string;
  fund: Fund;
  eventOn: Date;
  amount: number;
  /** The visit itself, left out of what is already committed (an edit, an approval). */
  visitId?: string;
};

/** The budget line of the visit's category, fund and year; null when the unit set no dự toán for it. */
export async function checkBudget(client: Tx | typeof db, input: Input): Promise<BudgetCheck | null> {
  const year = welfareYear(input.eventOn);
  // One source: the fund's dự toán, its WELFARE lines per welfare category and fund (lib/finance/fund).
  const line = await client.fundBudget.findFirst({
    where: { unitId: input.unitId, year, welfareCategoryId: input.categoryId, welfareFund: input.fund },
    select: { amount: true },
  });
  if (!line) return null;
  const { from, to } = yearRange(year);
  const sums = await client.welfareVisit.groupBy({
    by: ["state"],
    where: {
      unitId: input.unitId,
      categoryId: input.categoryId,
      fund: input.fund,
      eventOn: { gte: from, lt: to },
      state: { in: ["APPROVED", "DONE"] },
      ...(input.visitId && { id: { not: input.visitId } }),
    },
    _sum: { amount: true },
  });
  const sum = (state: string) => sums.find((s) => s.state === state)?._sum.amount ?? 0;
  const spent = sum("DONE");
  const committed = sum("APPROVED");
  const remaining = line.amount - spent - committed;
  return {
    year,
    fund: input.fund,
    budget: line.amount,
    spent,
    committed,
    remaining,
    after: remaining - input.amount,
  };
}

/** The warning shown before a visit takes the budget below zero; null while it stays at or above. */
export function budgetWarning(b: BudgetCheck | null): string | null {
  if (!b || b.after >= 0) return null;
  const now = b.remaining >= 0 ? `còn ${formatMoney(b.remaining)}` : `đã vượt ${formatMoney(-b.remaining)}`;
  return (
    `Dự toán năm ${b.year} của loại này (${FUND_LABELS[b.fund]}) ${now}; ` +
    `lượt này làm số còn lại thành ${formatMoney(b.after)}. Muốn tiếp tục, hãy ghi lý do chi vượt dự toán.`
  );
}

/** Field error when the visit goes below the budget without a written reason. */
export function budgetErrors(b: BudgetCheck | null, reason: string | null | undefined) {
  const warning = budgetWarning(b);
  return warning && !reason?.trim() ? { budgetOverrideReason: warning } : null;
}

/** The audit row of a visit let through below its budget: the reason and the figures it was given with. */
export async function auditBudgetOverride(
  tx: Tx,
  actor: Actor,
  visitId: string,
  b: BudgetCheck,
  reason: string,
  step: "propose" | "edit" | "approve",
) {
  await writeAudit(tx, actor, {
    action: "welfare.visit.budget-override",
    entityType: "WelfareVisit",
    entityId: visitId,
    after: { budgetOverrideReason: reason, step, budget: b.budget, remaining: b.remaining, after: b.after },
  });
}

/** Serialises saves and approvals in one category, so two at once cannot both slip under its budget. */
export async function lockCategory(tx: Tx, categoryId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`welfare-budget:${categoryId}`}))`;
}

/** The dự toán as an approval of this proposed visit will check it (the visit not yet committed). */
export async function budgetForApproval(
  actor: Actor,
  visit: { id: string; state: string; categoryId: string; fund: Fund; eventOn: Date; amount: number },
) {
  if (visit.state !== "PROPOSED" || !can(actor, "welfare.approve")) return null;
  return checkBudget(db, { unitId: actor.unitId, ...visit, visitId: visit.id });
}
