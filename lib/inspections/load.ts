import "server-only";
// The inspection or recommendation of the actor's unit, with the state its next step needs; a
// record of another unit is "not found", and a refused step a conflict with the rule's message.
import type { Actor } from "@/lib/auth/current-user";
import { db, type Tx } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import type { InspectionStatus } from "@/lib/generated/prisma/enums";
import { type InspectionStep, recommendationRefusal, stepRefusal } from "./rules";

export async function loadInspectionFor(actor: Actor, id: string, step: InspectionStep) {
  const i = await db.inspection.findFirst({
    where: { id, unitId: actor.unitId },
    select: { id: true, status: true, startedOn: true, title: true },
  });
  if (!i) throw notFound();
  const refusal = stepRefusal(step, i.status);
  if (refusal) throw conflict(refusal);
  return i;
}

export async function loadRecommendationFor(
  actor: Actor,
  id: string,
  step: "respond" | "review" | "withdraw",
) {
  const r = await db.inspectionRecommendation.findFirst({
    where: { id, inspection: { unitId: actor.unitId } },
    select: { id: true, status: true, inspectionId: true, inspection: { select: { status: true } } },
  });
  if (!r) throw notFound();
  const refusal =
    stepRefusal(step === "withdraw" ? "record" : step, r.inspection.status) ??
    recommendationRefusal(step, r.status);
  if (refusal) throw conflict(refusal);
  return r;
}

/** The guarded write lost a race: the state changed since it was read. */
export const staleState = () =>
  conflict("Cuộc kiểm tra vừa được người khác cập nhật. Vui lòng tải lại trang.");

/**
 * Inside the write's transaction: locks the inspection row while it is still in `status` (a
 * concurrent conclude or close waits or has already won), else the write is refused.
 */
export async function lockInState(tx: Tx, id: string, status: InspectionStatus) {
  const r = await tx.inspection.updateMany({ where: { id, status }, data: { updatedAt: new Date() } });
  if (!r.count) throw staleState();
}
