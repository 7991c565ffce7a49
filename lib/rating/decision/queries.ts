import "server-only";
// The BCH decision screen: one page of the year's member ratings (50), with the self-assessment
// joined on (yearId, memberId), ordered by tổ name then the member's sort name. Unit-wide: the
// caller has rating.read.all and the year was found in the actor's unit.
import { db } from "@/lib/db";
import { toSearchText } from "@/lib/format";
import { Prisma } from "@/lib/generated/prisma/client";
import type { RatingYearContext } from "../year";

export const DECISION_PAGE_SIZE = 50;
export const DECISION_STATUSES = {
  undecided: "Chưa quyết định",
  exceptions: "Vượt tỉ lệ (có giải trình)",
  excluded: "Không xếp loại",
  differs: "Khác đề xuất của tổ",
} as const;
export type DecisionStatus = keyof typeof DECISION_STATUSES;
export type DecisionFilter = {
  groupId?: string;
  level?: string;
  status?: DecisionStatus;
  q?: string;
  page: number;
};

export type DecisionRow = {
  id: string;
  version: number;
  memberId: string;
  fullName: string;
  groupId: string;
  groupName: string;
  selfLevel: string | null;
  selfPoints: number | null;
  proposedLevel: string | null;
  votesFor: number | null;
  votesAgainst: number | null;
  excludedReason: string | null;
  finalLevel: string | null;
  exceptionReason: string | null;
};

function whereOf(r: RatingYearContext, f: DecisionFilter) {
  const parts = [Prisma.sql`mr."ratingYearId" = ${r.id}`];
  if (f.groupId) parts.push(Prisma.sql`mr."groupId" = ${f.groupId}`);
  if (f.level) parts.push(Prisma.sql`mr."finalLevel" = ${f.level} AND mr."excludedReason" IS NULL`);
  if (f.status === "undecided")
    parts.push(Prisma.sql`mr."finalLevel" IS NULL AND mr."excludedReason" IS NULL`);
  if (f.status === "exceptions")
    parts.push(Prisma.sql`mr."exceptionReason" IS NOT NULL AND mr."excludedReason" IS NULL`);
  if (f.status === "excluded") parts.push(Prisma.sql`mr."excludedReason" IS NOT NULL`);
  if (f.status === "differs")
    parts.push(
      Prisma.sql`mr."finalLevel" IS DISTINCT FROM mr."proposedLevel" AND mr."finalLevel" IS NOT NULL AND mr."excludedReason" IS NULL`,
    );
  const q = f.q ? toSearchText(f.q) : "";
  if (q) parts.push(Prisma.sql`m."searchName" LIKE ${`%${q.replace(/[%_\\]/g, "\\$&")}%`}`);
  return { sql: Prisma.join(parts, " AND "), needsMember: Boolean(q) };
}

/**
 * One page, without sorting the whole year: the per-tổ counts (one GROUP BY on the
 * (ratingYearId, groupId) index, joined to the tổ names) give the total and tell which tổ the
 * page falls in; only those tổ's rows are then joined and sorted. At 60,000 members in 1,000 tổ
 * that is ~60–120 rows sorted instead of 60,000 (bench/rating-decision.ts).
 */
export async function listDecisionRows(r: RatingYearContext, f: DecisionFilter) {
  const w = whereOf(r, f);
  const perGroup = await db.$queryRaw<{ groupId: string; n: number }[]>`
    SELECT mr."groupId", count(*)::int AS n FROM "MemberRating" mr
    ${w.needsMember ? Prisma.sql`JOIN "Member" m ON m.id = mr."memberId"` : Prisma.empty}
    JOIN "Group" g ON g.id = mr."groupId"
    WHERE ${w.sql}
    GROUP BY mr."groupId", g.name ORDER BY g.name, mr."groupId"`;
  const total = perGroup.reduce((s, g) => s + g.n, 0);
  const pageCount = Math.max(1, Math.ceil(total / DECISION_PAGE_SIZE));
  const page = Math.min(Math.max(1, f.page), pageCount);
  const from = (page - 1) * DECISION_PAGE_SIZE;
  const picked: string[] = [];
  let before = 0;
  let seen = 0;
  for (const g of perGroup) {
    if (seen + g.n > from && seen < from + DECISION_PAGE_SIZE) {
      if (!picked.length) before = seen;
      picked.push(g.groupId);
    }
    seen += g.n;
  }
  if (!picked.length) return { rows: [] as DecisionRow[], total, page, pageCount };
  const rows = await db.$queryRaw<DecisionRow[]>`
    SELECT mr.id, mr.version, mr."memberId", m."fullName", mr."groupId", g.name AS "groupName",
      sa."proposedLevel" AS "selfLevel", sa."totalPoints" AS "selfPoints",
      mr."proposedLevel", mr."votesFor", mr."votesAgainst", mr."excludedReason", mr."finalLevel", mr."exceptionReason"
    FROM "MemberRating" mr
    JOIN "Member" m ON m.id = mr."memberId"
    JOIN "Group" g ON g.id = mr."groupId"
    LEFT JOIN "EmulationSelfAssessment" sa ON sa."yearId" = ${r.emulationYearId} AND sa."memberId" = mr."memberId" AND sa.state = 'SUBMITTED'
    WHERE ${w.sql} AND mr."groupId" IN (${Prisma.join(picked)})
    ORDER BY g.name, mr."groupId", m."sortName", mr.id
    LIMIT ${DECISION_PAGE_SIZE} OFFSET ${from - before}`;
  return { rows, total, page, pageCount };
}

/** The unit's tổ for the filter (names only). */
export function listRatingGroups(r: Pick<RatingYearContext, "unitId">) {
  return db.group.findMany({
    where: { unitId: r.unitId, archivedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}
