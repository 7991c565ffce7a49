import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { startOfVietnamDay } from "./anonymous-day";
import type { sendOpinionSchema } from "./schema";

/**
 * From "Của tôi". An anonymous opinion keeps the sender (so that they see the answer) but no
 * author, and its audit row names no actor: the promise of anonymity covers the audit log too.
 * It is dated to the day (./anonymous-day.ts) and its id is random, so no time links it to a sign-in.
 */
export async function sendOpinion(actor: Actor, input: z.output<typeof sendOpinionSchema>) {
  if (!actor.memberId) throw forbidden();
  const day = input.isAnonymous ? startOfVietnamDay(new Date()) : undefined;
  return db.$transaction(async (tx) => {
    const o = await tx.opinion.create({
      data: {
        ...(day ? { createdAt: day, updatedAt: day } : {}),
        unitId: actor.unitId,
        senderMemberId: actor.memberId,
        authorMemberId: input.isAnonymous ? null : actor.memberId,
        isAnonymous: input.isAnonymous,
        topic: input.topic,
        body: input.body,
      },
      select: { id: true },
    });
    await writeAudit(tx, input.isAnonymous ? null : actor, {
      action: "opinion.send",
      entityType: "Opinion",
      entityId: o.id,
      after: { topic: input.topic, isAnonymous: input.isAnonymous },
    });
    return { id: o.id };
  });
}
