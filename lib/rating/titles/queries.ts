import "server-only";
// Reads of bình xét thi đua: the paged list for the BCH, the filter options, and the rows of the
// "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG" (engineer D's report) — one data function feeds them all.
import { type Actor, can } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { TITLE_AWARD_LABELS } from "@/lib/rating/labels";
import type { RatingYearContext } from "@/lib/rating/year";
import { CANDIDATE_COLUMNS, CANDIDATE_ORDER, candidatesFrom, type CandidateRow } from "./candidates-sql";
import type { TitleListParams } from "./schema";

export const TITLE_PAGE_SIZE = 50;
export type { CandidateRow } from "./candidates-sql";

/** The registered titles of approved registrations, with their result, one page at a time. */
export async function findTitleCandidates(actor: Actor, r: RatingYearContext, p: TitleListParams) {
  if (!can(actor, "rating.read.all") || r.unitId !== actor.unitId) throw forbidden();
  const from = candidatesFrom(r.unitId, r.id, r.emulationYearId, {
    titleId: p.titleId,
    groupId: p.groupId,
    result: p.result,
    q: p.q,
  });
  const [counts, rows] = await Promise.all([
    db.$queryRaw<
      { n: number; open: number }[]
    >`SELECT count(*)::int AS n, count(*) FILTER (WHERE a.id IS NULL)::int AS open ${from}`,
    db.$queryRaw<
      CandidateRow[]
    >`SELECT ${CANDIDATE_COLUMNS} ${from} ${CANDIDATE_ORDER} LIMIT ${TITLE_PAGE_SIZE} OFFSET ${(p.page - 1) * TITLE_PAGE_SIZE}`,
  ]);
  const total = counts[0]?.n ?? 0;
  return {
    rows,
    total,
    open: counts[0]?.open ?? 0,
    page: p.page,
    pageCount: Math.max(1, Math.ceil(total / TITLE_PAGE_SIZE)),
  };
}

/** Titles, tổ and forms of commendation of the unit, for the filters and the decision form. */
export async function getTitleOptions(unitId: string) {
  const [titles, groups, commendations] = await Promise.all([
    db.emulationTitle.findMany({
      where: { unitId },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true },
    }),
    db.group.findMany({
      where: { unitId, archivedAt: null },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.emulationCommendation.findMany({
      where: { unitId, archivedAt: null },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, name: true },
    }),
  ]);
  return { titles, groups, commendations };
}

/** One row of "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG": a title awarded (Đạt) or proposed to the cấp trên. */
export type AwardReportRow = {
  awardId: string;
  /** "member" for a member's own title, "group" for a tổ's collective one. */
  subjectKind: "member" | "group";
  /** The member's full name, or the tổ's name for a collective title. */
  subjectName: string;
  memberId: string | null;
  /** The member's tổ (or the tổ itself for a collective title). */
  groupName: string | null;
  titleId: string;
  titleName: string;
  result: "ACHIEVED" | "PROPOSED_HIGHER";
  /** "Đạt" or "Đề nghị cấp trên khen". */
  resultLabel: string;
  /** The form of commendation proposed (only with PROPOSED_HIGHER), or null. */
  commendationName: string | null;
  reason: string | null;
};

/**
 * Every title awarded or proposed to the cấp trên in the unit's rating year, ordered by title,
 * then tổ, then name (tổ first within a tổ). An empty list when the year has not been opened.
 */
export async function listAwardsForReport(unitId: string, year: number): Promise<AwardReportRow[]> {
  const rows = await db.$queryRaw<
    (Omit<AwardReportRow, "subjectKind" | "subjectName" | "resultLabel"> & { memberName: string | null })[]
  >`
    SELECT a.id AS "awardId", r."memberId", m."fullName" AS "memberName", g.name AS "groupName", t.id AS "titleId", t.name AS "titleName",
      a.result::text AS result, c.name AS "commendationName", a.reason
    FROM "TitleAward" a
    JOIN "RatingYear" y ON y.id = a."ratingYearId" AND y."unitId" = ${unitId} AND y.year = ${year}
    JOIN "EmulationRegistration" r ON r.id = a."registrationId"
    JOIN "EmulationTitle" t ON t.id = a."titleId"
    LEFT JOIN "Member" m ON m.id = r."memberId"
    LEFT JOIN "Group" g ON g.id = COALESCE(r."groupId", m."groupId")
    LEFT JOIN "EmulationCommendation" c ON c.id = a."commendationId"
    WHERE a.result IN ('ACHIEVED', 'PROPOSED_HIGHER')
    ORDER BY t."sortOrder", t.name, g.name NULLS FIRST, (r."memberId" IS NOT NULL), m."sortName", a.id`;
  return rows.map(({ memberName, ...x }) => ({
    ...x,
    subjectKind: x.memberId ? "member" : "group",
    subjectName: memberName ?? x.groupName ?? "",
    resultLabel: TITLE_AWARD_LABELS[x.result],
  }));
}
