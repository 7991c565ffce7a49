import "server-only";
// Reads of bình xét thi đua: the paged list for the BCH, the filter options, and the rows of the
// "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG" (engineer D's report) — one data function feeds them all.
import { type Actor, can } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { TITLE_AWARD_LABELS } from "@/lib/rating/labels";
import type { RatingYearContext } from "@/lib/rating/year";
import {
  CANDIDATE_BAR,
  CANDIDATE_COLUMNS,
  CANDIDATE_ORDER,
  candidatesFrom,
  type CandidateRow,
} from "./candidates-sql";
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
      { n: number; open: number; eligible: number }[]
    >`SELECT count(*)::int AS n, count(*) FILTER (WHERE a.id IS NULL)::int AS open,
        count(*) FILTER (WHERE a.id IS NULL AND ${CANDIDATE_BAR} IS NULL)::int AS eligible ${from}`,
    db.$queryRaw<
      CandidateRow[]
    >`SELECT ${CANDIDATE_COLUMNS} ${from} ${CANDIDATE_ORDER} LIMIT ${TITLE_PAGE_SIZE} OFFSET ${(p.page - 1) * TITLE_PAGE_SIZE}`,
  ]);
  const total = counts[0]?.n ?? 0;
  return {
    rows,
    total,
    open: counts[0]?.open ?? 0,
    /** Open candidates that may be marked Đạt (the bulk button's number). */
    eligible: counts[0]?.eligible ?? 0,
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
      select: { id: true, name: true, conferrer: true },
    }),
  ]);
  return { titles, groups, commendations };
}

/**
 * Where an award goes at year end (domain.md, "Who confers what"):
 * - UPPER: the hồ sơ đề nghị khen thưởng to the union's cấp trên (a union form or a title the cấp
 *   trên confers);
 * - CDCS: the CĐCS's own recognitions (its titles, and its Giấy khen where the year allows it);
 * - AGENCY: a state title, for the list the union sends to the agency's Hội đồng thi đua.
 */
export type AwardChannel = "UPPER" | "CDCS" | "AGENCY";

/** One awarded (Đạt) or proposed title, with where it goes. */
export type AwardReportRow = {
  awardId: string;
  /** "member" for a member's own title, "group" for a tổ's collective one. */
  subjectKind: "member" | "group";
  /** The member's full name, or the tổ's name for a collective title. */
  subjectName: string;
  memberId: string | null;
  /** The member's tổ (or the tổ itself for a collective title). */
  groupName: string | null;
  /** The member's job title (chức vụ), or null. */
  jobTitle: string | null;
  titleId: string;
  titleName: string;
  result: "ACHIEVED" | "PROPOSED_HIGHER";
  /** "Đạt" or "Đề nghị cấp trên khen". */
  resultLabel: string;
  /** The form of commendation proposed (only with PROPOSED_HIGHER), or null. */
  commendationName: string | null;
  /** The form the paper prints: the commendation, else the title. */
  formName: string;
  channel: AwardChannel;
  reason: string | null;
  achievement: string | null;
  votesFor: number | null;
  votesCast: number | null;
};

/**
 * Every title awarded or proposed in the unit's rating year, ordered by title, then tổ, then name
 * (tổ first within a tổ). An empty list when the year has not been opened.
 */
export async function listAwardsForReport(unitId: string, year: number): Promise<AwardReportRow[]> {
  const rows = await db.$queryRaw<
    (Omit<AwardReportRow, "subjectKind" | "subjectName" | "resultLabel" | "formName"> & {
      memberName: string | null;
    })[]
  >`
    SELECT a.id AS "awardId", r."memberId", m."fullName" AS "memberName", m."jobTitle", g.name AS "groupName",
      t.id AS "titleId", t.name AS "titleName", a.result::text AS result, c.name AS "commendationName", a.reason,
      a.achievement, a."votesFor", a."votesCast",
      CASE
        WHEN t.conferrer = 'AGENCY' THEN 'AGENCY'
        WHEN c.id IS NOT NULL THEN CASE WHEN c.conferrer = 'CDCS' THEN 'CDCS' ELSE 'UPPER' END
        WHEN a.result = 'PROPOSED_HIGHER' THEN 'UPPER'
        WHEN t.conferrer = 'CDCS' THEN 'CDCS'
        ELSE 'UPPER'
      END AS channel
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
    formName: x.commendationName ?? x.titleName,
  }));
}
