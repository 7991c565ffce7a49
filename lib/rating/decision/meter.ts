import "server-only";
// The quota meter's data: counts per level for the CĐCS and for the tổ on screen.
import { db } from "@/lib/db";
import {
  groupLevelCounts,
  unitLevelCounts,
  unitOverview,
  yearTally,
  type LevelCounts,
  type YearTally,
} from "../counts";
import type { RatingYearContext } from "../year";

export type MeterData = {
  unit: LevelCounts;
  groups: { id: string; name: string; counts: LevelCounts }[];
  tally: YearTally;
};

/** tallyGroupId: the totals of one tổ (the filtered one) instead of the CĐCS. */
export async function loadMeter(
  r: RatingYearContext,
  groups: { id: string; name: string }[],
  tallyGroupId?: string,
): Promise<MeterData> {
  const [overview, byGroup] = await Promise.all([
    tallyGroupId
      ? Promise.all([unitLevelCounts(db, r.id), yearTally(db, r.id, tallyGroupId)]).then(
          ([counts, tally]) => ({ counts, tally }),
        )
      : unitOverview(db, r.id),
    groupLevelCounts(
      db,
      r.id,
      groups.map((g) => g.id),
    ),
  ]);
  return {
    unit: overview.counts,
    groups: groups.map((g) => ({ ...g, counts: byGroup[g.id] ?? {} })),
    tally: overview.tally,
  };
}
