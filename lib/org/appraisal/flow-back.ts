import "server-only";
// The thẩm định's one write into the CĐCS's tables (decision 0083 "the only write across the
// boundary"): the CĐCS's own rating row of the year (CollectiveRating, scope UNIT) gets the cấp
// trên's total, level, date, note and points per criterion, as save-unit-appraisal.ts wrote them
// when the CĐCS typed them in itself. Audited on the CĐCS's record.
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import type { Tx } from "@/lib/db";
import { criteriaOf, UNIT_KEY, writeRating, writeScores } from "@/lib/rating/collectives/scores";
import { lockYear, type RatingYearContext } from "@/lib/rating/year";

type Result = {
  total: number;
  level: string | null;
  note: string | null;
  scores: { criterionId: string; points: number }[];
  on: Date;
};

/** Writes the concluded result (or, with null, clears it on reopening) into the CĐCS's rating. */
export async function writeAppraisalBack(
  tx: Tx,
  actor: Actor,
  ry: Pick<RatingYearContext, "id" | "unitId">,
  result: Result | null,
) {
  await lockYear(tx, ry.unitId, ry.id);
  const found = await tx.collectiveRating.findUnique({
    where: { ratingYearId_subjectKey: { ratingYearId: ry.id, subjectKey: "unit" } },
  });
  const data = {
    finalLevel: result?.level ?? null,
    reviewedTotal: result?.total ?? null,
    reviewedOn: result?.on ?? null,
    reviewNote: result?.note ?? null,
    reviewRef: null,
    decidedById: actor.userId,
    decidedAt: new Date(),
  };
  const saved = await writeRating(tx, found, UNIT_KEY(ry.id), data);
  // Points only for criteria the CĐCS's template still has (the submission is a frozen copy).
  const ids = new Set((await criteriaOf(tx, ry.id, "UNIT")).map((c) => c.id));
  if (result)
    await writeScores(
      tx,
      saved.id,
      result.scores.filter((s) => ids.has(s.criterionId)),
      "reviewedPoints",
    );
  else await tx.collectiveScore.updateMany({ where: { ratingId: saved.id }, data: { reviewedPoints: null } });
  await writeAudit(tx, actor, {
    action: "rating.collective.unit.review",
    entityType: "CollectiveRating",
    entityId: saved.id,
    before: found
      ? { finalLevel: found.finalLevel, reviewedTotal: found.reviewedTotal, reviewedOn: found.reviewedOn }
      : null,
    after: { ...data, decidedById: undefined, decidedAt: undefined, by: "cấp trên" },
  });
}
