import "server-only";
// The form's live warning: evaluates the limits of a visit being typed, with the same function the
// save uses, and the same scope. A read: it changes nothing and writes no audit row.
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { normalizeDate, parseDateInput } from "@/lib/validation";
import type { z } from "@/lib/validation";
import { budgetWarning, checkBudget } from "../budget";
import { checkVisitLimits } from "../limits";
import { type limitPreviewSchema, parseDong } from "../schema";
import { proposableMembers, visitScope } from "../scope";

export async function previewVisitLimits(actor: Actor, input: z.infer<typeof limitPreviewSchema>) {
  const amount = parseDong(input.amount);
  const eventOn = normalizeDate(input.eventOn) ? parseDateInput(input.eventOn) : null;
  if (!input.memberId || !input.categoryId || !eventOn || amount === null || amount <= 0)
    return { issues: [] as string[], rate: null, budget: null, budgetWarning: null };
  let memberId = input.memberId;
  if (input.visitId) {
    const visit = await db.welfareVisit.findFirst({
      where: { AND: [{ id: input.visitId }, visitScope(actor)] },
      select: { memberId: true },
    });
    if (!visit) throw notFound();
    memberId = visit.memberId;
  } else {
    const member = await db.member.findFirst({
      where: { AND: [{ id: memberId }, proposableMembers(actor)] },
      select: { id: true },
    });
    if (!member) throw notFound();
  }
  const check = await checkVisitLimits(db, {
    unitId: actor.unitId,
    memberId,
    categoryId: input.categoryId,
    eventOn,
    amount,
    visitId: input.visitId,
  });
  const budget = await checkBudget(db, {
    unitId: actor.unitId,
    categoryId: input.categoryId,
    fund: input.fund ?? "UNION_FUND",
    eventOn,
    amount,
    visitId: input.visitId,
  });
  return {
    issues: check.issues.map((i) => i.message),
    rate: check.rate,
    budget,
    budgetWarning: budgetWarning(budget),
  };
}
