import "server-only";
// Reads of the tổ and CĐCS ratings, scoped by the actor: the BCH sees every tổ, a tổ trưởng the
// tổ they lead. getUnitRatingReport and listGroupRatings also feed the printed reports (D).
import { type Actor, can } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { findRatingYear, type RatingYearContext } from "@/lib/rating/year";
import { matchUnitTemplate, UNIT_TYPES } from "../defaults";

export const GROUP_PAGE_SIZE = 50;

/** The year's template of a scope, and whether a score already locks it. */
export async function getCollectiveTemplate(r: RatingYearContext, scope: "GROUP" | "UNIT") {
  const [criteria, scored] = await Promise.all([
    db.ratingCriterion.findMany({
      where: { ratingYearId: r.id, scope },
      orderBy: { position: "asc" },
      select: { id: true, groupName: true, content: true, maxPoints: true },
    }),
    db.collectiveScore.count({ where: { criterion: { ratingYearId: r.id, scope } } }),
  ]);
  return { criteria, scored, locked: scored > 0 };
}

const visibleGroups = (actor: Actor) =>
  can(actor, "rating.read.all") ? {} : { id: { in: actor.ledGroupIds } };

/** The tổ of the unit (or the actor's own) with their rating, one page at a time. */
export async function findGroupRatings(actor: Actor, r: RatingYearContext, p: { q: string; page: number }) {
  const where = {
    unitId: actor.unitId,
    archivedAt: null,
    ...visibleGroups(actor),
    ...(p.q ? { name: { contains: p.q, mode: "insensitive" as const } } : {}),
  };
  const [total, groups] = await Promise.all([
    db.group.count({ where }),
    db.group.findMany({
      where,
      orderBy: { name: "asc" },
      skip: (p.page - 1) * GROUP_PAGE_SIZE,
      take: GROUP_PAGE_SIZE,
      select: { id: true, name: true },
    }),
  ]);
  const ratings = await db.collectiveRating.findMany({
    where: { ratingYearId: r.id, subjectKey: { in: groups.map((g) => `g:${g.id}`) } },
    select: {
      groupId: true,
      version: true,
      selfTotal: true,
      selfLevel: true,
      selfSubmittedAt: true,
      finalLevel: true,
      reviewNote: true,
    },
  });
  const byGroup = new Map(ratings.map((x) => [x.groupId, x]));
  const rows = groups.map((g) => ({ ...g, rating: byGroup.get(g.id) ?? null }));
  return { rows, total, page: p.page, pageCount: Math.max(1, Math.ceil(total / GROUP_PAGE_SIZE)) };
}
export type GroupRatingRow = Awaited<ReturnType<typeof findGroupRatings>>["rows"][number];

/** One tổ's self-score sheet; null when the actor may not see the tổ (behaves as not found). */
export async function getGroupScoreSheet(actor: Actor, r: RatingYearContext, groupId: string) {
  const group = await db.group.findFirst({
    where: { id: groupId, unitId: actor.unitId, ...visibleGroups(actor) },
    select: { id: true, name: true },
  });
  if (!group) return null;
  const [template, rating] = await Promise.all([
    getCollectiveTemplate(r, "GROUP"),
    db.collectiveRating.findUnique({
      where: { ratingYearId_subjectKey: { ratingYearId: r.id, subjectKey: `g:${group.id}` } },
      select: {
        version: true,
        selfTotal: true,
        selfLevel: true,
        selfSubmittedAt: true,
        finalLevel: true,
        note: true,
        reviewNote: true,
        scores: { select: { criterionId: true, selfPoints: true } },
      },
    }),
  ]);
  return { group, criteria: template.criteria, rating };
}

export type UnitReportCriterion = {
  id: string;
  content: string;
  maxPoints: number;
  selfPoints: number | null;
  reviewedPoints: number | null;
};
export type UnitReportGroup = {
  name: string;
  criteria: UnitReportCriterion[];
  maxPoints: number;
  selfPoints: number;
  reviewedPoints: number | null;
};
export type UnitRatingReport = {
  ratingYearId: string;
  year: number;
  status: "OPEN" | "FINALISED";
  levels: { name: string; minPoints: number }[];
  /** The three criteria groups of Hướng dẫn 1294 (as the year's template has them), with subtotals. */
  groups: UnitReportGroup[];
  maxTotal: number;
  /** 0 until the CĐCS has scored itself. */
  selfTotal: number;
  selfLevel: string | null;
  selfScoredAt: Date | null;
  note: string | null;
  /** The cấp trên's thẩm định: null until recorded. */
  reviewedTotal: number | null;
  reviewedLevel: string | null;
  reviewRef: string | null;
  reviewedOn: Date | null;
  /** For the optimistic lock of the forms. */
  version: number;
  /** The built-in sheet the year's CĐCS criteria are (null: edited from it by the BCH). */
  template: { guidance: string; unitType: string; verified: boolean } | null;
  /** Finalised although items were missing: what was missing and the BCH's reason. */
  override: { reason: string; items: string[]; finalisedAt: Date | null } | null;
};

/** The CĐCS's self-rating against the UNIT template and the cấp trên's thẩm định; null before the year is opened. */
export async function getUnitRatingReport(unitId: string, year: number): Promise<UnitRatingReport | null> {
  const r = await findRatingYear(unitId, year);
  if (!r) return null;
  const [criteria, rating, yearRow] = await Promise.all([
    db.ratingCriterion.findMany({
      where: { ratingYearId: r.id, scope: "UNIT" },
      orderBy: { position: "asc" },
      select: { id: true, groupName: true, content: true, maxPoints: true },
    }),
    db.collectiveRating.findUnique({
      where: { ratingYearId_subjectKey: { ratingYearId: r.id, subjectKey: "unit" } },
      include: { scores: true },
    }),
    db.ratingYear.findUniqueOrThrow({
      where: { id: r.id },
      select: { finaliseOverrideReason: true, finaliseOverrideItems: true, finalisedAt: true },
    }),
  ]);
  const reviewed = rating?.reviewedTotal != null;
  const builtIn = matchUnitTemplate(criteria);
  return {
    ratingYearId: r.id,
    year: r.year,
    status: r.status,
    levels: r.levels.map(({ name, minPoints }) => ({ name, minPoints })),
    groups: groupUnitCriteria(criteria, rating?.scores ?? [], reviewed),
    maxTotal: criteria.reduce((s, c) => s + c.maxPoints, 0),
    ...unitRatingFields(rating),
    template: builtIn
      ? { guidance: builtIn.guidance, unitType: UNIT_TYPES[builtIn.unitType], verified: builtIn.verified }
      : null,
    override: yearRow.finaliseOverrideReason
      ? {
          reason: yearRow.finaliseOverrideReason,
          items: yearRow.finaliseOverrideItems,
          finalisedAt: yearRow.finalisedAt,
        }
      : null,
  };
}

type UnitCriterion = { id: string; groupName: string; content: string; maxPoints: number };
type UnitScore = { criterionId: string; selfPoints: number; reviewedPoints: number | null };

/** The criteria in their groups (consecutive runs of one groupName), each with its scores and the group's subtotals. */
function groupUnitCriteria(criteria: UnitCriterion[], given: UnitScore[], reviewed: boolean) {
  const scores = new Map(given.map((s) => [s.criterionId, s]));
  const groups: UnitReportGroup[] = [];
  for (const c of criteria) {
    let g = groups.at(-1);
    if (!g || g.name !== c.groupName)
      groups.push(
        (g = {
          name: c.groupName,
          criteria: [],
          maxPoints: 0,
          selfPoints: 0,
          reviewedPoints: reviewed ? 0 : null,
        }),
      );
    const s = scores.get(c.id);
    g.criteria.push({
      id: c.id,
      content: c.content,
      maxPoints: c.maxPoints,
      selfPoints: s ? s.selfPoints : null,
      reviewedPoints: s?.reviewedPoints ?? null,
    });
    g.maxPoints += c.maxPoints;
    g.selfPoints += s?.selfPoints ?? 0;
    if (g.reviewedPoints !== null) g.reviewedPoints += s?.reviewedPoints ?? 0;
  }
  return groups;
}

type UnitRatingRow = {
  selfTotal: number;
  selfLevel: string | null;
  selfSubmittedAt: Date | null;
  note: string | null;
  reviewedTotal: number | null;
  finalLevel: string | null;
  reviewRef: string | null;
  reviewedOn: Date | null;
  version: number;
};

/** The CĐCS's rating row as the report shows it; zeros and nulls before it exists. */
function unitRatingFields(rating: UnitRatingRow | null) {
  return {
    selfTotal: rating?.selfTotal ?? 0,
    selfLevel: rating?.selfLevel ?? null,
    selfScoredAt: rating?.selfSubmittedAt ?? null,
    note: rating?.note ?? null,
    reviewedTotal: rating?.reviewedTotal ?? null,
    reviewedLevel: rating?.finalLevel ?? null,
    reviewRef: rating?.reviewRef ?? null,
    reviewedOn: rating?.reviewedOn ?? null,
    version: rating?.version ?? 0,
  };
}

export type GroupRatingSummary = {
  groupId: string;
  groupName: string;
  selfTotal: number | null;
  selfLevel: string | null;
  submitted: boolean;
  finalLevel: string | null;
  note: string | null;
};

/** Every active tổ of the unit with its self total, self level and the BCH's level, by name. */
export async function listGroupRatings(unitId: string, year: number): Promise<GroupRatingSummary[]> {
  const r = await findRatingYear(unitId, year);
  if (!r) return [];
  const [groups, ratings] = await Promise.all([
    db.group.findMany({
      where: { unitId, archivedAt: null },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.collectiveRating.findMany({
      where: { ratingYearId: r.id, scope: "GROUP" },
      select: {
        groupId: true,
        selfTotal: true,
        selfLevel: true,
        selfSubmittedAt: true,
        finalLevel: true,
        reviewNote: true,
      },
    }),
  ]);
  const byGroup = new Map(ratings.map((x) => [x.groupId, x]));
  return groups.map((g) => {
    const x = byGroup.get(g.id);
    return {
      groupId: g.id,
      groupName: g.name,
      selfTotal: x?.selfSubmittedAt ? x.selfTotal : null,
      selfLevel: x?.selfSubmittedAt ? x.selfLevel : null,
      submitted: !!x?.selfSubmittedAt,
      finalLevel: x?.finalLevel ?? null,
      note: x?.reviewNote ?? null,
    };
  });
}
