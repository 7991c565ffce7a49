import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import type { z } from "@/lib/validation";
import type { cancelVisitSchema } from "../schema";
import { moveVisit } from "./move-visit";

/** Hủy, with the reason: at any state but cancelled; a cancelled visit counts towards no limit. */
export async function cancelVisit(actor: Actor, input: z.output<typeof cancelVisitSchema>) {
  return moveVisit(
    actor,
    input.id,
    "CANCELLED",
    { cancelledById: actor.userId, cancelledAt: new Date(), cancelReason: input.reason },
    { reason: input.reason },
  );
}
