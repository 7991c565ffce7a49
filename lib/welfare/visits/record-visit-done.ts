import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import type { z } from "@/lib/validation";
import { parseDateInput } from "@/lib/validation";
import type { recordVisitSchema } from "../schema";
import { moveVisit } from "./move-visit";

/** Đã thăm / đã chi: an approved visit is done, with the date and the receipt when there is one. */
export async function recordVisitDone(actor: Actor, input: z.output<typeof recordVisitSchema>) {
  const visitedOn = parseDateInput(input.visitedOn)!;
  const data = {
    doneById: actor.userId,
    doneAt: new Date(),
    visitedOn,
    ...(input.receiptNumber && { receiptNumber: input.receiptNumber }),
  };
  return moveVisit(actor, input.id, "DONE", data, {
    visitedOn: input.visitedOn,
    receiptNumber: input.receiptNumber || undefined,
  });
}
