import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import { invalid } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { auditBudgetOverride, budgetErrors, checkBudget, lockCategory } from "../budget";
import type { approveVisitSchema } from "../schema";
import { moveVisit } from "./move-visit";

/**
 * Duyệt: a proposed visit becomes approved, with who approved it and when. When it takes the
 * category's dự toán of the year below zero, the approver writes why; without it the approval is
 * refused and nothing changes. The reason is stored on the visit and audited.
 */
export async function approveVisit(actor: Actor, input: z.output<typeof approveVisitSchema>) {
  return moveVisit(
    actor,
    input.id,
    "APPROVED",
    { approvedById: actor.userId, approvedAt: new Date() },
    {},
    async (tx, visit) => {
      await lockCategory(tx, visit.categoryId);
      const budget = await checkBudget(tx, { unitId: actor.unitId, ...visit, visitId: visit.id });
      const errors = budgetErrors(budget, input.budgetOverrideReason);
      if (errors) throw invalid(errors, errors.budgetOverrideReason);
      if (!budget || budget.after >= 0) return;
      const reason = input.budgetOverrideReason!.trim();
      await auditBudgetOverride(tx, actor, visit.id, budget, reason, "approve");
      return { data: { budgetOverrideReason: reason }, audit: { budgetOverrideReason: reason } };
    },
  );
}
