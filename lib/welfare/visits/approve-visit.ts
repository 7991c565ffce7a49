import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import type { z } from "@/lib/validation";
import type { visitIdSchema } from "../schema";
import { moveVisit } from "./move-visit";

/** Duyệt: a proposed visit becomes approved, with who approved it and when. */
export async function approveVisit(actor: Actor, input: z.output<typeof visitIdSchema>) {
  return moveVisit(actor, input.id, "APPROVED", { approvedById: actor.userId, approvedAt: new Date() }, {});
}
