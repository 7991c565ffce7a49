import "server-only";
// The cấp trên's thẩm định of the CĐCS: reviewed points per criterion, level, decision reference and date.
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, invalid } from "@/lib/errors";
import { levelNames, lockYear } from "@/lib/rating/year";
import { parseDateInput, type z } from "@/lib/validation";
import type { unitAppraisalSchema } from "./schema";
import { checkScores, criteriaOf, ratingAt, UNIT_KEY, writeRating, writeScores } from "./scores";

export const UPPER_APPRAISES =
  "Công đoàn cấp trên của đơn vị đã dùng ứng dụng: kết quả thẩm định do cấp trên chấm và kết luận, CĐCS không nhập thay.";

/**
 * The cấp trên's result comes after the CĐCS has finalised its year, so a finalised year accepts it.
 * Typed in by the CĐCS only while its cấp trên is not in the app; once it is, the cấp trên's own
 * thẩm định (lib/org/appraisal) writes it.
 */
export async function saveUnitAppraisal(actor: Actor, v: z.output<typeof unitAppraisalSchema>) {
  return db.$transaction(async (tx) => {
    const unit = await tx.unit.findUnique({ where: { id: actor.unitId }, select: { parentId: true } });
    if (unit?.parentId) throw conflict(UPPER_APPRAISES);
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
    const saved = await writeRating(tx, found, UNIT_KEY(r.id), data);
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
