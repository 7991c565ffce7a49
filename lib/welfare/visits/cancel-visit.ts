import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import { todayIso } from "@/lib/clock";
import { reverseWelfarePayment } from "@/lib/finance/fund/welfare-link";
import { parseDateInput } from "@/lib/validation";
import type { z } from "@/lib/validation";
import type { cancelVisitSchema } from "../schema";
import { moveVisit } from "./move-visit";

/**
 * Hủy, with the reason: at any state but cancelled; a cancelled visit counts towards no limit. A paid
 * visit's phiếu chi is reversed in the same transaction, dated today; the original stays in the books.
 */
export async function cancelVisit(actor: Actor, input: z.output<typeof cancelVisitSchema>) {
  return moveVisit(
    actor,
    input.id,
    "CANCELLED",
    { cancelledById: actor.userId, cancelledAt: new Date(), cancelReason: input.reason },
    { reason: input.reason },
    async (tx, visit) => {
      if (visit.state !== "DONE") return;
      await reverseWelfarePayment(tx, {
        unitId: actor.unitId,
        visitId: visit.id,
        date: parseDateInput(todayIso())!,
        reason: `hủy thăm hỏi (${input.reason})`,
        actorId: actor.userId,
      });
    },
  );
}
