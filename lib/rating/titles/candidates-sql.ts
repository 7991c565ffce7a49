import "server-only";
// The rows of bình xét thi đua: one per (approved registration, registered title), built in SQL
// (unnest of titleIds) so a unit with 50,000 registrations pages on the server.
import { toSearchText } from "@/lib/format";
import { Prisma } from "@/lib/generated/prisma/client";

export type CandidateFilter = { titleId?: string; groupId?: string; result?: string; q?: string };

const like = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** FROM … WHERE of the candidates of one rating year (emulation year) of a unit. */
export function candidatesFrom(
  unitId: string,
  ratingYearId: string,
  emulationYearId: string,
  f: CandidateFilter,
) {
  const conds = [Prisma.sql`r."yearId" = ${emulationYearId}`, Prisma.sql`r.state = 'APPROVED'`];
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
    WHERE ${Prisma.join(conds, " AND ")}`;
}

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
};

export const CANDIDATE_COLUMNS = Prisma.sql`r.id AS "registrationId", tt."titleId", t.name AS "titleName", r."memberId",
  m."fullName" AS "memberName", g.id AS "groupId", g.name AS "groupName", a.id AS "awardId", a.result::text AS result,
  a.reason, a."commendationId", a.version, mr."finalLevel"`;
