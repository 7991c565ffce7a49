import "server-only";
// What /org/[unitId]/appraisal reads (decision 0086): the unit (of the actor's subtree, else null),
// its accepted self-rating as submitted, the thẩm định so far, and the CĐCS's level thresholds.
// Nothing else of the CĐCS.
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { findRatingYear } from "@/lib/rating/year";
import { acceptedSelfRating, subtreeUnit } from "../submitted";

export type AppraisalScore = { criterionId: string; points: number };

export async function getAppraisalPage(actor: Actor, unitId: string, year: number) {
  const unit = await subtreeUnit(db, actor, unitId).catch((e: unknown) => {
    if (isAppError(e) && e.code === "NOT_FOUND") return null;
    throw e;
  });
  if (!unit) return null;
  const [submission, appraisal, ry] = await Promise.all([
    acceptedSelfRating(db, unit.id, year),
    db.upperAppraisal.findUnique({ where: { unitId_year: { unitId: unit.id, year } } }),
    findRatingYear(unit.id, year),
  ]);
  return {
    unit,
    year,
    submission,
    appraisal: appraisal && {
      id: appraisal.id,
      version: appraisal.version,
      state: appraisal.state,
      scores: appraisal.scores as AppraisalScore[],
      total: appraisal.total,
      level: appraisal.level,
      note: appraisal.note,
      concludedAt: appraisal.concludedAt,
      reopenReason: appraisal.reopenReason,
      /** Scored against an earlier accepted version than the one now accepted. */
      outdated: submission ? appraisal.submissionId !== submission.id : false,
    },
    levels: (ry?.levels ?? []).map((l) => ({ name: l.name, minPoints: l.minPoints })),
  };
}
export type AppraisalPage = NonNullable<Awaited<ReturnType<typeof getAppraisalPage>>>;

/** The CĐCS's cấp trên when it is in the app (its thẩm định then comes from there), else null. */
export async function upperInApp(unitId: string) {
  const u = await db.unit.findUnique({ where: { id: unitId }, select: { parent: { select: { name: true } } } });
  return u?.parent ?? null;
}
