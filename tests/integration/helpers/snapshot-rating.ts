// The annual rating rows of the "database unchanged" snapshot (see unit-snapshot.ts): every table
// the rating actions can write, for the given unit ids, in a stable order.
import { db } from "@/lib/db";
import type { DomainSnapshot } from "./unit-snapshot";

export async function snapshotRating(unitIds: string[]): Promise<DomainSnapshot> {
  const byId = { orderBy: { id: "asc" as const } };
  const years = await db.ratingYear.findMany({ where: { unitId: { in: unitIds } }, ...byId });
  const inYear = { ratingYearId: { in: years.map((y) => y.id) } };
  const [reviews, memberRatings, awards, criteria, collectives] = await Promise.all([
    db.groupReview.findMany({ where: inYear, ...byId }),
    db.memberRating.findMany({ where: inYear, ...byId }),
    db.titleAward.findMany({ where: inYear, ...byId }),
    db.ratingCriterion.findMany({ where: inYear, ...byId }),
    db.collectiveRating.findMany({ where: inYear, ...byId }),
  ]);
  const scores = await db.collectiveScore.findMany({
    where: { ratingId: { in: collectives.map((c) => c.id) } },
    ...byId,
  });
  const rows = {
    ratingYears: years,
    groupReviews: reviews,
    memberRatings,
    titleAwards: awards,
    ratingCriteria: criteria,
    collectiveRatings: collectives,
    collectiveScores: scores,
  };
  return { rows, entityIds: Object.values(rows).flatMap((list) => list.map((x) => x.id)) };
}
