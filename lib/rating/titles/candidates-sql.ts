import "server-only";
// The rows of bình xét thi đua: one per (approved registration, registered title), built in SQL
// (unnest of titleIds) so a unit with 50,000 registrations pages on the server.
import { toSearchText } from "@/lib/format";
import { Prisma } from "@/lib/generated/prisma/client";

export const BAR = {
  female: "Chỉ dành cho đoàn viên nữ",
  barred: "Không xét danh hiệu: ",
  unrated: "Chưa có mức xếp loại cuối cùng",
  groupUnrated: "Tổ chưa được Ban Chấp hành xếp loại",
} as const;

export type CandidateFilter = {
  titleId?: string;
  groupId?: string;
  result?: string;
  q?: string;
  registrationId?: string;
};

const like = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** FROM … WHERE of the candidates of one rating year (emulation year) of a unit. */
export function candidatesFrom(
  unitId: string,
  ratingYearId: string,
  emulationYearId: string,
  f: CandidateFilter,
) {
  const conds = [Prisma.sql`r."yearId" = ${emulationYearId}`, Prisma.sql`r.state = 'APPROVED'`];
  if (f.registrationId) conds.push(Prisma.sql`r.id = ${f.registrationId}`);
  if (f.titleId) conds.push(Prisma.sql`tt."titleId" = ${f.titleId}`);
  if (f.groupId) conds.push(Prisma.sql`g.id = ${f.groupId}`);
  if (f.result === "none") conds.push(Prisma.sql`a.id IS NULL`);
  else if (f.result) conds.push(Prisma.sql`a.result::text = ${f.result}`);
  if (f.q) {
    const text = like(toSearchText(f.q));
    conds.push(
      Prisma.sql`(m."searchName" LIKE ${text} OR (r."memberId" IS NULL AND lower(g.name) LIKE ${like(f.q.toLowerCase())}))`,
    );
  }
  return Prisma.sql`FROM "EmulationRegistration" r
    CROSS JOIN LATERAL unnest(r."titleIds") AS tt("titleId")
    JOIN "EmulationTitle" t ON t.id = tt."titleId" AND t."unitId" = ${unitId}
    LEFT JOIN "Member" m ON m.id = r."memberId"
    LEFT JOIN "Group" g ON g.id = COALESCE(r."groupId", m."groupId")
    LEFT JOIN "TitleAward" a ON a."registrationId" = r.id AND a."titleId" = tt."titleId"
    LEFT JOIN "MemberRating" mr ON mr."ratingYearId" = ${ratingYearId} AND mr."memberId" = r."memberId"
    LEFT JOIN "CollectiveRating" cr ON r."memberId" IS NULL AND cr."ratingYearId" = ${ratingYearId} AND cr."subjectKey" = 'g:' || r."groupId"
    LEFT JOIN LATERAL (SELECT array_agg(el.name ORDER BY el.position) AS names
      FROM "EmulationLevel" el WHERE el."yearId" = r."yearId") sch ON true
    WHERE ${Prisma.join(conds, " AND ")}`;
}

/**
 * Why the candidate may not be marked Đạt or proposed (NULL = eligible), the first reason that
 * holds: women only, barred from titles (exclusions.ts, stored on the rating), no final level /
 * tổ not rated, below the title's minimum level. Registration is the candidates' own condition
 * (approved registrations only). One rule for the bulk Đạt, the single decision and the list.
 */
export const CANDIDATE_BAR = Prisma.sql`CASE
    WHEN t.eligibility = 'FEMALE_ONLY' AND (m.id IS NULL OR m.gender <> 'FEMALE') THEN ${BAR.female}::text
    WHEN r."memberId" IS NOT NULL AND mr."awardBarReason" IS NOT NULL THEN ${BAR.barred}::text || mr."awardBarReason"
    WHEN r."memberId" IS NOT NULL AND mr."finalLevel" IS NULL THEN ${BAR.unrated}::text
    WHEN r."memberId" IS NULL AND cr."finalLevel" IS NULL THEN ${BAR.groupUnrated}::text
    WHEN t."minLevelPosition" IS NOT NULL
      AND coalesce(array_position(sch.names, COALESCE(mr."finalLevel", cr."finalLevel")) - 1, 1000) > t."minLevelPosition"
      THEN 'Xếp loại “' || COALESCE(mr."finalLevel", cr."finalLevel") || '”; danh hiệu cần từ “'
        || COALESCE(sch.names[t."minLevelPosition" + 1], '?') || '” trở lên'
  END`;

export const CANDIDATE_ORDER = Prisma.sql`ORDER BY t."sortOrder", t.name, g.name NULLS FIRST, m."sortName" NULLS FIRST, r.id`;

export type CandidateRow = {
  registrationId: string;
  titleId: string;
  titleName: string;
  memberId: string | null;
  memberName: string | null;
  groupId: string | null;
  groupName: string | null;
  awardId: string | null;
  result: "ACHIEVED" | "NOT_ACHIEVED" | "PROPOSED_HIGHER" | null;
  reason: string | null;
  commendationId: string | null;
  version: number | null;
  finalLevel: string | null;
  /** Why the candidate may not be marked Đạt or proposed; null = eligible. */
  bar: string | null;
  conferrer: "UNION_UPPER" | "CDCS" | "AGENCY";
  achievement: string | null;
  votesFor: number | null;
  votesCast: number | null;
  /** The cấp trên's quyết định on a proposal (lib/org/awards flows it back), or nulls. */
  upperVerdict: "AWARD" | "NO_AWARD" | null;
  upperReason: string | null;
  upperDecisionNo: string | null;
  upperDecisionOn: Date | null;
  upperConferrer: string | null;
  upperRevokedNo: string | null;
};

export const CANDIDATE_COLUMNS = Prisma.sql`r.id AS "registrationId", tt."titleId", t.name AS "titleName", r."memberId",
  m."fullName" AS "memberName", g.id AS "groupId", g.name AS "groupName", a.id AS "awardId", a.result::text AS result,
  a.reason, a."commendationId", a.version, COALESCE(mr."finalLevel", cr."finalLevel") AS "finalLevel",
  ${CANDIDATE_BAR} AS bar, t.conferrer::text AS conferrer, a.achievement, a."votesFor", a."votesCast",
  a."upperVerdict"::text AS "upperVerdict", a."upperReason", a."upperDecisionNo", a."upperDecisionOn",
  a."upperConferrer", a."upperRevokedNo"`;
