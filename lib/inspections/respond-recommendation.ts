import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { parseDateInput, type z } from "@/lib/validation";
import { loadRecommendationFor, lockInState, staleState } from "./load";
import type { respondSchema } from "./schema";

/** The BCH's answer to a kiến nghị: what was done and when; it then waits for the UBKT. */
export async function respondRecommendation(actor: Actor, input: z.output<typeof respondSchema>) {
  const rec = await loadRecommendationFor(actor, input.recommendationId, "respond");
  const doneOn = parseDateInput(input.doneOn)!;
  if (doneOn > clock.today()) throw invalid({ doneOn: "Ngày thực hiện không được sau hôm nay." });
  return db.$transaction(async (tx) => {
    await lockInState(tx, rec.inspectionId, "CONCLUDED");
    const r = await tx.inspectionRecommendation.updateMany({
      where: { id: rec.id, status: "OPEN" },
      data: { status: "ANSWERED" },
    });
    if (!r.count) throw staleState();
    const response = await tx.inspectionResponse.create({
      data: { recommendationId: rec.id, text: input.text, doneOn, respondedByName: actor.fullName },
    });
    await writeAudit(tx, actor, {
      action: "inspection.recommendation.respond",
      entityType: "InspectionRecommendation",
      entityId: rec.id,
      before: { status: "OPEN" },
      after: { status: "ANSWERED", responseId: response.id, text: input.text, doneOn },
    });
    return { id: rec.id };
  });
}
