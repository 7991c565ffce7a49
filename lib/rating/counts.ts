import "server-only";
// Counts of final levels for the quota, one GROUP BY each: the CĐCS, and a few tổ. Excluded
// members are not counted even if a level was set before they were excluded.
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

type Client = Tx | typeof db;
export type LevelCounts = Record<string, number>;

/** Count of members per final level in the CĐCS (rated members only). */
export async function unitLevelCounts(client: Client, ratingYearId: string): Promise<LevelCounts> {
  const rows = await client.$queryRaw<{ level: string; n: number }[]>`
    SELECT "finalLevel" AS level, count(*)::int AS n FROM "MemberRating"
    WHERE "ratingYearId" = ${ratingYearId} AND "finalLevel" IS NOT NULL AND "excludedReason" IS NULL
    GROUP BY "finalLevel"`;
  return Object.fromEntries(rows.map((r) => [r.level, r.n]));
}

/** Count per final level for each of the given tổ. */
export async function groupLevelCounts(
  client: Client,
  ratingYearId: string,
  groupIds: string[],
): Promise<Record<string, LevelCounts>> {
  if (!groupIds.length) return {};
  const rows = await client.$queryRaw<{ groupId: string; level: string; n: number }[]>`
    SELECT "groupId", "finalLevel" AS level, count(*)::int AS n FROM "MemberRating"
    WHERE "ratingYearId" = ${ratingYearId} AND "groupId" IN (${Prisma.join(groupIds)})
      AND "finalLevel" IS NOT NULL AND "excludedReason" IS NULL
    GROUP BY "groupId", "finalLevel"`;
  const out: Record<string, LevelCounts> = Object.fromEntries(groupIds.map((g) => [g, {}]));
  for (const r of rows) out[r.groupId][r.level] = r.n;
  return out;
}

/** proposed: undecided members whose tổ has sent its proposals (what "Chấp nhận đề xuất" would take). */
export type YearTally = {
  total: number;
  excluded: number;
  undecided: number;
  exceptions: number;
  proposed: number;
};

/** The totals shown above the table, in one pass over the year's rows. */
export async function yearTally(client: Client, ratingYearId: string, groupId?: string): Promise<YearTally> {
  const [t] = await client.$queryRaw<YearTally[]>`
    SELECT count(*)::int AS total,
      count(*) FILTER (WHERE "excludedReason" IS NOT NULL)::int AS excluded,
      count(*) FILTER (WHERE "excludedReason" IS NULL AND "finalLevel" IS NULL)::int AS undecided,
      count(*) FILTER (WHERE "excludedReason" IS NULL AND "exceptionReason" IS NOT NULL)::int AS exceptions,
      count(*) FILTER (WHERE "excludedReason" IS NULL AND "finalLevel" IS NULL AND "proposedLevel" IS NOT NULL AND "groupId" IN (
        SELECT gr."groupId" FROM "GroupReview" gr WHERE gr."ratingYearId" = ${ratingYearId} AND gr.state = 'SUBMITTED'))::int AS proposed
    FROM "MemberRating" WHERE "ratingYearId" = ${ratingYearId} ${groupId ? Prisma.sql`AND "groupId" = ${groupId}` : Prisma.empty}`;
  return t;
}

/** The CĐCS counts and the totals in one pass over the year's rows (the meter without a tổ filter). */
export async function unitOverview(
  client: Client,
  ratingYearId: string,
): Promise<{ counts: LevelCounts; tally: YearTally }> {
  const rows = await client.$queryRaw<
    { level: string | null; excluded: boolean; exception: boolean; proposed: boolean; n: number }[]
  >`
    SELECT mr."finalLevel" AS level, mr."excludedReason" IS NOT NULL AS excluded, mr."exceptionReason" IS NOT NULL AS exception,
      (mr."proposedLevel" IS NOT NULL AND sub."groupId" IS NOT NULL) AS proposed, count(*)::int AS n
    FROM "MemberRating" mr
    LEFT JOIN (SELECT DISTINCT gr."groupId" FROM "GroupReview" gr WHERE gr."ratingYearId" = ${ratingYearId} AND gr.state = 'SUBMITTED') sub ON sub."groupId" = mr."groupId"
    WHERE mr."ratingYearId" = ${ratingYearId}
    GROUP BY 1, 2, 3, 4`;
  const counts: LevelCounts = {};
  const tally: YearTally = { total: 0, excluded: 0, undecided: 0, exceptions: 0, proposed: 0 };
  for (const r of rows) {
    tally.total += r.n;
    if (r.excluded) {
      tally.excluded += r.n;
      continue;
    }
    if (r.level) counts[r.level] = (counts[r.level] ?? 0) + r.n;
    else tally.undecided += r.n;
    if (r.exception) tally.exceptions += r.n;
    if (!r.level && r.proposed) tally.proposed += r.n;
  }
  return { counts, tally };
}
