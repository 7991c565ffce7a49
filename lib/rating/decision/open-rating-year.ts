import "server-only";
// Opening a year's rating: the RatingYear with default settings, a member rating for every active
// member, the tổ template (last year's, else the default), the CĐCS template (last year's when it
// is the sheet of the unit's type, else that sheet: the "unit.type" setting on the year's last day),
// and the exclusions.
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { getSetting } from "@/lib/settings/queries";
import { DEFAULT_GROUP_CRITERIA, isUnitType, matchUnitTemplate, unitTemplateFor } from "../defaults";
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
  const type = (await getSetting(actor.unitId, "unit.type", `${v.year}-12-31`)).value;
  const sheet = unitTemplateFor(isUnitType(type) ? type : "hcsn", `${v.year}-12-31`);
  const lastGroup = last?.criteria.filter((c) => c.scope === "GROUP") ?? [];
  const lastUnit = last?.criteria.filter((c) => c.scope === "UNIT") ?? [];
  // Last year's CĐCS sheet carries over only when it was edited by the BCH or is the same built-in
  // sheet; a built-in sheet of another type or an older template gives way to this year's.
  const lastBuiltIn = matchUnitTemplate(lastUnit);
  const keepUnit =
    lastUnit.length > 0 && (!lastBuiltIn || lastBuiltIn.key === sheet.key) && !legacy(lastUnit);
  const criteria = [
    ...(lastGroup.length
      ? lastGroup
      : DEFAULT_GROUP_CRITERIA.map((c) => ({ ...c, scope: "GROUP" as const }))),
    ...(keepUnit ? lastUnit : sheet.criteria.map((c) => ({ ...c, scope: "UNIT" as const }))),
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
        after: {
          year: v.year,
          members,
          groupTemplate: lastGroup.length ? "năm trước" : "mặc định",
          unitTemplate: keepUnit ? "năm trước" : sheet.key,
        },
      });
      return { id: r.id, year: v.year };
    },
    { timeout: 60_000 },
  );
}

/** The earlier built-in CĐCS sheet (three groups, 40 / 30 / 30, no bonus), replaced by the sheets by unit type. */
function legacy(criteria: { groupName: string; maxPoints: number }[]) {
  const groups = new Set(criteria.map((c) => c.groupName));
  return (
    groups.size === 3 &&
    [...groups][0] ===
      "1. Đại diện, chăm lo, bảo vệ quyền, lợi ích hợp pháp, chính đáng của đoàn viên, người lao động"
  );
}
