import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { parseDateInput, type z } from "@/lib/validation";
import { loadInspectionFor, lockInState } from "./load";
import type { recommendationSchema } from "./schema";

/** A kiến nghị of an inspection in progress: what must be done, by whom, by when. */
export async function addRecommendation(actor: Actor, input: z.output<typeof recommendationSchema>) {
  const i = await loadInspectionFor(actor, input.inspectionId, "record");
  if (input.findingId) {
    const f = await db.inspectionFinding.findFirst({
      where: { id: input.findingId, inspectionId: i.id, withdrawnAt: null },
      select: { id: true },
    });
    if (!f) throw invalid({ findingId: "Phát hiện không thuộc cuộc kiểm tra này." });
  }
  return db.$transaction(async (tx) => {
    await lockInState(tx, i.id, "IN_PROGRESS");
    const r = await tx.inspectionRecommendation.create({
      data: {
        inspectionId: i.id,
        findingId: input.findingId || null,
        text: input.text,
        responsible: input.responsible,
        dueOn: parseDateInput(input.dueOn)!,
      },
    });
    await writeAudit(tx, actor, {
      action: "inspection.recommendation.add",
      entityType: "InspectionRecommendation",
      entityId: r.id,
      after: { ...input },
    });
    return { id: r.id };
  });
}
