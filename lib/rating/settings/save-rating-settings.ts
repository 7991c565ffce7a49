import "server-only";
// The year's quota, exclusion, awards and publication settings. Saving recomputes every exclusion.
import { diff, writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { refreshExclusions } from "../refresh";
import { lockOpenYear } from "../year";

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
      const d = diff(before, v);
      await tx.ratingYear.update({ where: { id: r.id }, data: { ...v, version: { increment: 1 } } });
      const changed = await refreshExclusions(tx, {
        ...r,
        exclusion: {
          minMonthsInUnit: v.minMonthsInUnit,
          excludeLongLeave: v.excludeLongLeave,
          excludeDisciplined: v.excludeDisciplined,
          requireRegistration: v.requireRegistration,
          excludeSanctioned: v.excludeSanctioned,
          disciplineCapPosition: v.disciplineCapPosition,
        },
      });
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
