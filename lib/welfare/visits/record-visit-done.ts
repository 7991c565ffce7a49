import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import { postWelfarePayment } from "@/lib/finance/fund/welfare-link";
import type { z } from "@/lib/validation";
import { parseDateInput } from "@/lib/validation";
import type { recordVisitSchema } from "../schema";
import { moveVisit } from "./move-visit";

/**
 * Đã thăm / đã chi: an approved visit is done, with the date and the receipt when there is one. Its
 * money leaves the fund in the same transaction: a phiếu chi of category WELFARE (decision 0076).
 */
export async function recordVisitDone(actor: Actor, input: z.output<typeof recordVisitSchema>) {
  const visitedOn = parseDateInput(input.visitedOn)!;
  const data = {
    doneById: actor.userId,
    doneAt: new Date(),
    visitedOn,
    ...(input.receiptNumber && { receiptNumber: input.receiptNumber }),
  };
  return moveVisit(
    actor,
    input.id,
    "DONE",
    data,
    { visitedOn: input.visitedOn, receiptNumber: input.receiptNumber || undefined },
    async (tx, visit) => {
      const full = await tx.welfareVisit.findUniqueOrThrow({
        where: { id: visit.id },
        select: { member: { select: { fullName: true } }, category: { select: { name: true } } },
      });
      await postWelfarePayment(
        tx,
        {
          id: visit.id,
          unitId: actor.unitId,
          amount: visit.amount,
          fund: visit.fund,
          paidOn: visitedOn,
          receiptNumber: input.receiptNumber,
          memberName: full.member.fullName,
          categoryName: full.category.name,
        },
        actor.userId,
      );
    },
  );
}
