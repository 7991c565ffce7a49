import "server-only";
// The CĐCS's own rating: the BCH's self-score against the UNIT template (Hướng dẫn 1294), and
// the cấp trên's thẩm định (reviewed points, level, decision reference and date).
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { levelFor } from "@/lib/emulation/levels";
import { invalid } from "@/lib/errors";
import { levelNames, lockOpenYear, lockYear } from "@/lib/rating/year";
import { parseDateInput, type z } from "@/lib/validation";
import { checkScores, criteriaOf, ratingAt, writeRating, writeScores } from "./scores";
import type { unitReviewSchema, unitSelfScoreSchema } from "./schema";

const KEY = (ratingYearId: string) => ({ ratingYearId, scope: "UNIT" as const, groupId: null });

export async function saveUnitSelfScore(v: z.output<typeof unitSelfScoreSchema>, actor: Actor) {
  return db.$transaction(async (tx) => {
    const r = await lockOpenYear(tx, actor.unitId, v.ratingYearId);
    const total = checkScores(await criteriaOf(tx, r.id, "UNIT"), v.scores);
    const found = await ratingAt(tx, r.id, "unit", v.version);
    const selfLevel = levelFor(total, r.levels);
    const saved = await writeRating(tx, found, KEY(r.id), {
      selfTotal: total,
      selfLevel,
      note: v.note || null,
      selfSubmittedAt: new Date(),
    });
    await writeScores(tx, saved.id, v.scores, "selfPoints");
    await writeAudit(tx, actor, {
      action: "rating.collective.unit.self",
      entityType: "CollectiveRating",
      entityId: saved.id,
      before: found ? { selfTotal: found.selfTotal, selfLevel: found.selfLevel } : null,
      after: { selfTotal: total, selfLevel, scores: v.scores, note: v.note || null },
    });
    return { id: saved.id, version: saved.version, selfTotal: total, selfLevel };
  });
}

/** The cấp trên's result comes after the CĐCS has finalised its year, so a finalised year accepts it. */
export async function saveUnitReview(v: z.output<typeof unitReviewSchema>, actor: Actor) {
  return db.$transaction(async (tx) => {
    const r = await lockYear(tx, actor.unitId, v.ratingYearId);
    if (!levelNames(r).includes(v.finalLevel))
      throw invalid({ finalLevel: "Mức xếp loại không có trong thang của năm." });
    const total = checkScores(await criteriaOf(tx, r.id, "UNIT"), v.scores);
    const found = await ratingAt(tx, r.id, "unit", v.version);
    const data = {
      finalLevel: v.finalLevel,
      reviewedTotal: total,
      reviewRef: v.reviewRef,
      reviewedOn: parseDateInput(v.reviewedOn),
      decidedById: actor.userId,
      decidedAt: new Date(),
    };
    const saved = await writeRating(tx, found, KEY(r.id), data);
    await writeScores(tx, saved.id, v.scores, "reviewedPoints");
    await writeAudit(tx, actor, {
      action: "rating.collective.unit.review",
      entityType: "CollectiveRating",
      entityId: saved.id,
      before: found
        ? {
            finalLevel: found.finalLevel,
            reviewedTotal: found.reviewedTotal,
            reviewRef: found.reviewRef,
            reviewedOn: found.reviewedOn,
          }
        : null,
      after: { ...data, decidedById: undefined, decidedAt: undefined, scores: v.scores },
    });
    return { id: saved.id, version: saved.version, reviewedTotal: total };
  });
}
