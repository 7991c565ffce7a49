import "server-only";
// What creating and editing a visit share: the category and visitors checked against the unit, the
// form turned into the row's fields, and the limit check with its override (reason + BCH decision).
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db, type Tx } from "@/lib/db";
import { invalid } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { parseDateInput } from "@/lib/validation";
import { auditBudgetOverride, budgetErrors, checkBudget, lockCategory } from "../budget";
import { checkVisitLimits, lockMember } from "../limits";
import { parseDong, type visitFormSchema } from "../schema";
import { overrideErrors } from "../service";

export type VisitValues = z.output<typeof visitFormSchema>;

export const AUDIT_TYPE = "WelfareVisit";

export async function loadVisitCategory(unitId: string, categoryId: string) {
  const category = await db.welfareCategory.findFirst({
    where: { id: categoryId, unitId, archivedAt: null, kind: { not: "NOMINATION" } },
    select: { id: true, relativeApplies: true },
  });
  if (!category) throw invalid({ categoryId: "Loại thăm hỏi không tồn tại hoặc đã ngừng dùng." });
  return category;
}

export async function checkVisitors(unitId: string, ids: string[]) {
  const unique = [...new Set(ids)];
  if (!unique.length) return unique;
  const found = await db.member.count({ where: { id: { in: unique }, unitId } });
  if (found !== unique.length) throw invalid({ visitorIds: "Người đi thăm phải là đoàn viên của đơn vị." });
  return unique;
}

export function toVisitData(v: VisitValues, relativeApplies: boolean) {
  if (relativeApplies && (!v.relativeName || !v.relationship)) {
    throw invalid({
      ...(!v.relativeName && { relativeName: "Vui lòng nhập tên thân nhân." }),
      ...(!v.relationship && { relationship: "Vui lòng nhập quan hệ với đoàn viên." }),
    });
  }
  const visitedOn = parseDateInput(v.visitedOn);
  const eventOn = parseDateInput(v.eventOn)!;
  if (visitedOn && visitedOn < eventOn)
    throw invalid({ visitedOn: "Ngày thăm không thể trước ngày sự việc." });
  return {
    categoryId: v.categoryId,
    relativeName: relativeApplies ? v.relativeName : null,
    relationship: relativeApplies ? v.relationship : null,
    eventOn,
    visitedOn,
    amount: parseDong(v.amount)!,
    giftInKind: v.giftInKind || null,
    fund: v.fund,
    receiptNumber: v.receiptNumber || null,
    note: v.note || null,
  };
}
export type VisitData = ReturnType<typeof toVisitData>;

/**
 * Checks the limits inside the save's transaction (the member and the category locked first) and
 * returns the checks with the override fields to store: the reason and the decision when the visit
 * goes beyond the rules, the budget reason when it takes the category's dự toán below zero, nothing
 * otherwise. Beyond either without its reason, the save is refused with field errors.
 */
export async function checkLimitsForSave(
  tx: Tx,
  unitId: string,
  memberId: string,
  data: VisitData,
  v: VisitValues,
  visitId?: string,
) {
  await lockMember(tx, memberId);
  await lockCategory(tx, data.categoryId);
  const check = await checkVisitLimits(tx, {
    unitId,
    memberId,
    categoryId: data.categoryId,
    eventOn: data.eventOn,
    amount: data.amount,
    visitId,
  });
  const budget = await checkBudget(tx, {
    unitId,
    categoryId: data.categoryId,
    fund: data.fund,
    eventOn: data.eventOn,
    amount: data.amount,
    visitId,
  });
  const errors = { ...overrideErrors(check, v), ...budgetErrors(budget, v.budgetOverrideReason) };
  if (Object.keys(errors).length)
    throw invalid(errors, check.issues[0]?.message ?? errors.budgetOverrideReason);
  const override = check.issues.length
    ? { overrideReason: v.overrideReason, overrideDecisionRef: v.overrideDecisionRef }
    : { overrideReason: null, overrideDecisionRef: null };
  const overBudget = budget !== null && budget.after < 0;
  return {
    check,
    budget,
    override: { ...override, budgetOverrideReason: overBudget ? v.budgetOverrideReason!.trim() : null },
  };
}

/** The second audit row of a visit saved beyond the rules: what was exceeded, and why it was allowed. */
export async function auditOverride(
  tx: Tx,
  actor: Actor,
  visitId: string,
  { check, budget, override }: Awaited<ReturnType<typeof checkLimitsForSave>>,
  step: "propose" | "edit",
) {
  if (budget && override.budgetOverrideReason)
    await auditBudgetOverride(tx, actor, visitId, budget, override.budgetOverrideReason, step);
  if (!check.issues.length) return;
  await writeAudit(tx, actor, {
    action: "welfare.visit.override",
    entityType: AUDIT_TYPE,
    entityId: visitId,
    after: {
      overrideReason: override.overrideReason,
      overrideDecisionRef: override.overrideDecisionRef,
      issues: check.issues.map((i) => i.message),
      rate: check.rate?.reference,
    },
  });
}
