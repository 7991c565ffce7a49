import "server-only";
// What is due this week and what is overdue, for the unit or one tổ: one grouped query per family
// (decisions, meetings, welfare, opinions, the tổ bình xét), each scoped in its SQL.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DashboardScope } from "./scope";
import { isoDay, type Week } from "./week";

type DecisionRow = { overdue: number; week: number };
type MeetingRow = { toSign: number; noMinutes: number };
type WelfareRow = { proposed: number; approved: number };
type OpinionRow = { fresh: number; inProgress: number };
type ReviewRow = { total: number; sent: number };

const meetingScope = (s: DashboardScope, alias: string) =>
  s.kind === "group"
    ? Prisma.sql`${Prisma.raw(alias)}."unitId" = ${s.unitId} AND ${Prisma.raw(alias)}."groupId" = ${s.groupId}`
    : Prisma.sql`${Prisma.raw(alias)}."unitId" = ${s.unitId}`;

/** Open decisions overdue (due before today) and due this week (today … today + 6). */
export async function decisionCounts(s: DashboardScope, week: Week): Promise<DecisionRow> {
  const [row] = await db.$queryRaw<DecisionRow[]>`
    SELECT count(*) FILTER (WHERE d."dueOn" < ${isoDay(week.first)}::date)::int AS overdue,
           count(*) FILTER (WHERE d."dueOn" >= ${isoDay(week.first)}::date)::int AS week
    FROM "MeetingDecision" d JOIN "Meeting" m ON m.id = d."meetingId"
    WHERE ${meetingScope(s, "m")} AND NOT d."isDone" AND d."dueOn" <= ${isoDay(week.last)}::date`;
  return row;
}

/** Minutes waiting to be signed and meetings held without minutes yet. */
export async function meetingCounts(s: DashboardScope): Promise<MeetingRow> {
  const [row] = await db.$queryRaw<MeetingRow[]>`
    SELECT count(*) FILTER (WHERE m.status = 'MINUTES_DRAFT')::int AS "toSign",
           count(*) FILTER (WHERE m.status = 'HELD')::int AS "noMinutes"
    FROM "Meeting" m
    WHERE ${meetingScope(s, "m")} AND m.status IN ('HELD', 'MINUTES_DRAFT')`;
  return row;
}

/** The next planned meetings, from the start of today in Vietnam. */
export function nextMeetings(s: DashboardScope, week: Week, take = 3) {
  return db.meeting.findMany({
    where: {
      unitId: s.unitId,
      ...(s.kind === "group" && { groupId: s.groupId }),
      status: "PLANNED",
      startsAt: { gte: week.from },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take,
    select: { id: true, title: true, startsAt: true, place: true },
  });
}

/** Welfare proposals waiting for approval and approved visits not yet recorded as done. */
export async function welfareCounts(s: DashboardScope): Promise<WelfareRow> {
  const group = s.kind === "group" ? Prisma.sql`AND m."groupId" = ${s.groupId}` : Prisma.empty;
  const join = s.kind === "group" ? Prisma.sql`JOIN "Member" m ON m.id = v."memberId"` : Prisma.empty;
  const [row] = await db.$queryRaw<WelfareRow[]>`
    SELECT count(*) FILTER (WHERE v.state = 'PROPOSED')::int AS proposed,
           count(*) FILTER (WHERE v.state = 'APPROVED')::int AS approved
    FROM "WelfareVisit" v ${join}
    WHERE v."unitId" = ${s.unitId} AND v.state IN ('PROPOSED', 'APPROVED') ${group}`;
  return row;
}

/** Opinions not answered yet: the BCH's inbox only (a tổ trưởng does not read opinions). */
export async function opinionCounts(s: DashboardScope & { kind: "unit" }): Promise<OpinionRow> {
  const [row] = await db.$queryRaw<OpinionRow[]>`
    SELECT count(*) FILTER (WHERE o.status = 'NEW')::int AS fresh,
           count(*) FILTER (WHERE o.status = 'IN_PROGRESS')::int AS "inProgress"
    FROM "Opinion" o
    WHERE o."unitId" = ${s.unitId} AND o.status IN ('NEW', 'IN_PROGRESS')`;
  return row;
}

/**
 * The tổ bình xét of a rating year: the tổ listed on /rating/groups (active, or archived and still
 * holding ratings of the year) and how many of them have sent their review.
 */
export async function reviewCounts(s: DashboardScope, ratingYearId: string): Promise<ReviewRow> {
  const group = s.kind === "group" ? Prisma.sql`AND g.id = ${s.groupId}` : Prisma.empty;
  const [row] = await db.$queryRaw<ReviewRow[]>`
    SELECT count(*)::int AS total,
           count(*) FILTER (WHERE gr.state = 'SUBMITTED')::int AS sent
    FROM "Group" g
    LEFT JOIN "GroupReview" gr ON gr."groupId" = g.id AND gr."ratingYearId" = ${ratingYearId}
    WHERE g."unitId" = ${s.unitId} ${group}
      AND (g."archivedAt" IS NULL OR EXISTS (
        SELECT 1 FROM "MemberRating" mr WHERE mr."ratingYearId" = ${ratingYearId} AND mr."groupId" = g.id))`;
  return row;
}
