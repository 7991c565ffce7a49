import "server-only";
// Members per tổ and per final level, counted in SQL from the MemberRating rows: excluded and
// undecided members carry no level and are not counted (lib/rating/quota.ts), the same numbers
// the decision screen's quota meter shows.
import { db } from "@/lib/db";
import { quotaLine, quotaUsage, type QuotaUsage } from "@/lib/rating/quota";
import type { RatingYearContext } from "@/lib/rating/year";

export type GroupCounts = {
  groupId: string;
  name: string;
  total: number;
  excluded: number;
  undecided: number;
  counts: Record<string, number>;
  usage: QuotaUsage;
};

export async function countLevels(ry: RatingYearContext) {
  const [levels, groups] = await Promise.all([
    db.$queryRaw<{ groupId: string; level: string; n: number }[]>`
      SELECT "groupId", "finalLevel" AS level, count(*)::int AS n FROM "MemberRating"
      WHERE "ratingYearId" = ${ry.id} AND "excludedReason" IS NULL AND "finalLevel" IS NOT NULL
      GROUP BY 1, 2`,
    db.$queryRaw<{ groupId: string; name: string; total: number; excluded: number; undecided: number }[]>`
      SELECT g.id AS "groupId", g.name, count(*)::int AS total,
        count(*) FILTER (WHERE mr."excludedReason" IS NOT NULL)::int AS excluded,
        count(*) FILTER (WHERE mr."excludedReason" IS NULL AND mr."finalLevel" IS NULL)::int AS undecided
      FROM "MemberRating" mr JOIN "Group" g ON g.id = mr."groupId"
      WHERE mr."ratingYearId" = ${ry.id} GROUP BY g.id, g.name ORDER BY g.name, g.id`,
  ]);
  const byGroup = new Map<string, Record<string, number>>();
  const unit: Record<string, number> = {};
  for (const r of levels) {
    const c = byGroup.get(r.groupId) ?? {};
    c[r.level] = (c[r.level] ?? 0) + r.n;
    byGroup.set(r.groupId, c);
    unit[r.level] = (unit[r.level] ?? 0) + r.n;
  }
  const perGroup: GroupCounts[] = groups.map((g) => {
    const counts = byGroup.get(g.groupId) ?? {};
    return { ...g, counts, usage: quotaUsage(counts, ry.levels, ry.quota) };
  });
  const usage = quotaUsage(unit, ry.levels, ry.quota);
  return {
    perGroup,
    unit: {
      counts: unit,
      usage,
      total: groups.reduce((s, g) => s + g.total, 0),
      excluded: groups.reduce((s, g) => s + g.excluded, 0),
      undecided: groups.reduce((s, g) => s + g.undecided, 0),
    },
    quotaLine: quotaLine(usage, ry.levels, ry.quota),
  };
}
export type LevelCounts = Awaited<ReturnType<typeof countLevels>>;

/** "12 (42,9 %)" */
export const countCell = (count: number, percent: number | null) =>
  count
    ? `${count} (${percent === null ? "—" : percent.toLocaleString("vi-VN", { maximumFractionDigits: 1 })} %)`
    : "0";
