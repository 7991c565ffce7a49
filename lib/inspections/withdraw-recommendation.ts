import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { z } from "@/lib/validation";
import { loadRecommendationFor, lockInState, staleState } from "./load";
import type { idSchema } from "./schema";

/** Withdraws a kiến nghị recorded in error, before the conclusion; it stays on record. */
export async function withdrawRecommendation(actor: Actor, input: z.output<typeof idSchema>) {
  const rec = await loadRecommendationFor(actor, input.id, "withdraw");
  return db.$transaction(async (tx) => {
    await lockInState(tx, rec.inspectionId, "IN_PROGRESS");
    const withdrawnAt = new Date();
    const r = await tx.inspectionRecommendation.updateMany({
      where: { id: rec.id, status: "OPEN" },
      data: { status: "WITHDRAWN", withdrawnAt },
    });
    if (!r.count) throw staleState();
    await writeAudit(tx, actor, {
      action: "inspection.recommendation.withdraw",
      entityType: "InspectionRecommendation",
      entityId: rec.id,
      before: { status: "OPEN" },
      after: { status: "WITHDRAWN", withdrawnAt },
    });
    return { id: rec.id };
  });
}
