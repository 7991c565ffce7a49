import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { loadRecommendationFor, lockInState, staleState } from "./load";
import type { reviewSchema } from "./schema";

/** The UBKT on the BCH's last answer: accepted (the kiến nghị is done) or asked again (open again). */
export async function reviewResponse(actor: Actor, input: z.output<typeof reviewSchema>) {
  const rec = await loadRecommendationFor(actor, input.recommendationId, "review");
  const last = await db.inspectionResponse.findFirst({
    where: { recommendationId: rec.id, accepted: null },
    orderBy: { respondedAt: "desc" },
    select: { id: true },
  });
  if (!last) throw conflict("Kiến nghị này chưa có câu trả lời mới để xem xét.");
  const status = input.accepted ? "ACCEPTED" : "OPEN";
  return db.$transaction(async (tx) => {
    await lockInState(tx, rec.inspectionId, "CONCLUDED");
    const r = await tx.inspectionRecommendation.updateMany({
      where: { id: rec.id, status: "ANSWERED" },
      data: { status },
    });
    if (!r.count) throw staleState();
    await tx.inspectionResponse.update({
      where: { id: last.id },
      data: {
        accepted: input.accepted,
        reviewNote: input.note || null,
        reviewedByName: actor.fullName,
        reviewedAt: new Date(),
      },
    });
    await writeAudit(tx, actor, {
      action: input.accepted ? "inspection.recommendation.accept" : "inspection.recommendation.return",
      entityType: "InspectionRecommendation",
      entityId: rec.id,
      before: { status: "ANSWERED" },
      after: { status, responseId: last.id, note: input.note },
    });
    return { id: rec.id, status };
  });
}
