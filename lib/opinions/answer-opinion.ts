import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import type { z } from "@/lib/validation";
import { loadOpinionInUnit } from "./load-opinion";
import type { answerOpinionSchema } from "./schema";

/** mới / đang xử lý → đã trả lời, with the BCH's answer. */
export async function answerOpinion(actor: Actor, input: z.output<typeof answerOpinionSchema>) {
  const o = await loadOpinionInUnit(actor, input.opinionId);
  if (o.status === "ANSWERED") throw conflict("Ý kiến này đã được trả lời.");
  return db.$transaction(async (tx) => {
    const answeredAt = new Date();
    const r = await tx.opinion.updateMany({
      where: { id: o.id, status: { not: "ANSWERED" } },
      data: { status: "ANSWERED", answer: input.answer, answeredByUserId: actor.userId, answeredAt },
    });
    if (!r.count) throw conflict("Ý kiến này đã được trả lời.");
    await writeAudit(tx, actor, {
      action: "opinion.answer",
      entityType: "Opinion",
      entityId: o.id,
      before: { status: o.status },
      after: { status: "ANSWERED", answer: input.answer, answeredAt },
    });
    await notify(tx, { kind: "OPINION_ANSWERED", opinionId: o.id });
    return { status: "ANSWERED" as const };
  });
}
