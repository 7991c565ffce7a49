import "server-only";
// The year's quota, exclusion, awards and publication settings. Saving recomputes every exclusion.
import { diff, writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db, type Tx } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { type ExclusionSettings, levelCapProblem } from "../exclusions";
import { refreshExclusions } from "../refresh";
import { levelNames, lockOpenYear, type RatingYearContext } from "../year";

type Input = {
  ratingYearId: string;
  quotaMode: "OFF" | "WARN" | "BLOCK";
  quotaPercent: number;
  quotaBasisPosition: number;
  minMonthsInUnit: number;
  excludeLongLeave: boolean;
  excludeDisciplined: boolean;
  requireRegistration: boolean;
  excludeSanctioned: boolean;
  disciplineCapPosition: number | null;
  cdcsMayCommend: boolean;
  publishList: boolean;
};

export async function saveRatingSettings(actor: Actor, { ratingYearId, ...v }: Input) {
  return db.$transaction(
    async (tx) => {
      const r = await lockOpenYear(tx, actor.unitId, ratingYearId);
      if (v.quotaBasisPosition >= r.levels.length)
        throw invalid({ quotaBasisPosition: "Chọn một mức của thang xếp loại năm nay." });
      if (v.disciplineCapPosition !== null && v.disciplineCapPosition >= r.levels.length)
        throw invalid({ disciplineCapPosition: "Chọn một mức của thang xếp loại năm nay." });
      const before = {
        quotaMode: r.quota.mode,
        quotaPercent: r.quota.percent,
        quotaBasisPosition: r.quota.basisPosition,
        ...r.exclusion,
        cdcsMayCommend: r.cdcsMayCommend,
        publishList: r.publishList,
      };
      const exclusion: ExclusionSettings = {
        minMonthsInUnit: v.minMonthsInUnit,
        excludeLongLeave: v.excludeLongLeave,
        excludeDisciplined: v.excludeDisciplined,
        requireRegistration: v.requireRegistration,
        excludeSanctioned: v.excludeSanctioned,
        disciplineCapPosition: v.disciplineCapPosition,
      };
      await refuseLevelsAboveCap(tx, r, exclusion);
      const d = diff(before, v);
      await tx.ratingYear.update({ where: { id: r.id }, data: { ...v, version: { increment: 1 } } });
      const changed = await refreshExclusions(tx, { ...r, exclusion });
      await writeAudit(tx, actor, {
        action: "rating.year.settings",
        entityType: "RatingYear",
        entityId: r.id,
        before: d.before,
        after: { ...d.after, exclusionsChanged: changed },
      });
      return { year: r.year, exclusionsChanged: changed };
    },
    { timeout: 60_000 },
  );
}

/**
 * A stricter cap must not leave a level already decided above it: the BCH lowers those levels first
 * (the decision is theirs, so the settings never change a level silently).
 */
async function refuseLevelsAboveCap(tx: Tx, r: RatingYearContext, exclusion: ExclusionSettings) {
  const decided = await tx.memberRating.findMany({
    where: {
      ratingYearId: r.id,
      finalLevel: { not: null },
      OR: [
        { disciplineNote: { not: null } },
        { sanctionNote: { not: null } },
        { longLeaveNote: { not: null } },
      ],
    },
    select: {
      finalLevel: true,
      disciplineNote: true,
      sanctionNote: true,
      longLeaveNote: true,
      member: { select: { fullName: true } },
    },
    orderBy: { member: { sortName: "asc" } },
  });
  const above = decided.filter((m) => levelCapProblem(m.finalLevel, m, exclusion, levelNames(r)));
  if (!above.length) return;
  const names = above.map((m) => `${m.member.fullName} (${m.finalLevel})`).join(", ");
  throw invalid({
    disciplineCapPosition: `Mức trần này thấp hơn mức đã quyết định cho ${above.length} đoàn viên bị kỷ luật: ${names}. Hãy hạ mức của họ ở trang Xếp loại trước.`,
  });
}
