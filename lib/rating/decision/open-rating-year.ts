import "server-only";
// Opening a year's rating: the RatingYear with default settings, a member rating for every active
// member, the tổ and CĐCS templates (last year's, else the defaults), and the exclusions.
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { DEFAULT_GROUP_CRITERIA, DEFAULT_UNIT_CRITERIA } from "../defaults";
import { ensureMemberRatings, refreshExclusions } from "../refresh";
import { ratingYearById } from "../year";

export async function openRatingYear(actor: Actor, v: { year: number }) {
  const emulationYear = await db.emulationYear.findFirst({
    where: { unitId: actor.unitId, year: v.year },
    select: { id: true },
  });
  if (!emulationYear)
    throw invalid({
      year: `Chưa mở năm thi đua ${v.year}: hãy mở năm thi đua (tiêu chí, mức xếp loại) trước.`,
    });
  const last = await db.ratingYear.findFirst({
    where: { unitId: actor.unitId, year: { lt: v.year } },
    orderBy: { year: "desc" },
    select: {
      criteria: {
        orderBy: [{ scope: "asc" }, { position: "asc" }],
        select: { scope: true, groupName: true, content: true, maxPoints: true },
      },
    },
  });
  const criteria = last?.criteria.length
    ? last.criteria
    : [
        ...DEFAULT_GROUP_CRITERIA.map((c) => ({ ...c, scope: "GROUP" as const })),
        ...DEFAULT_UNIT_CRITERIA.map((c) => ({ ...c, scope: "UNIT" as const })),
      ];
  return db.$transaction(
    async (tx) => {
      const created = await tx.ratingYear.create({
        data: { unitId: actor.unitId, year: v.year, emulationYearId: emulationYear.id },
        select: { id: true },
      });
      const position = { GROUP: 0, UNIT: 0 };
      await tx.ratingCriterion.createMany({
        data: criteria.map((c) => ({
          ratingYearId: created.id,
          scope: c.scope,
          position: ++position[c.scope],
          groupName: c.groupName,
          content: c.content,
          maxPoints: c.maxPoints,
        })),
      });
      const r = await ratingYearById(actor.unitId, created.id, tx);
      await ensureMemberRatings(tx, r);
      await refreshExclusions(tx, r);
      const members = await tx.memberRating.count({ where: { ratingYearId: r.id } });
      await writeAudit(tx, actor, {
        action: "rating.year.open",
        entityType: "RatingYear",
        entityId: r.id,
        after: { year: v.year, members, template: last ? "năm trước" : "mặc định" },
      });
      return { id: r.id, year: v.year };
    },
    { timeout: 60_000 },
  );
}
