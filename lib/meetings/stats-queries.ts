import "server-only";
import { type Actor, can } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { thisWeek } from "@/lib/dashboard/week";
import { db } from "@/lib/db";
import { UNIT_HEADER_SELECT, unitHeader } from "@/lib/org/printed-parent";
import { attendanceCountsFor } from "./queries";
import { meetingReadScope } from "./scope";
import { attendanceRate } from "./service";

/**
 * Open decisions past their due date, oldest due first (signed minutes, or drafts one may read);
 * with `due: "week"` those due this week instead (today … today + 6, lib/dashboard/week.ts), and
 * with `group` only the meetings of that tổ: the lists the dashboard's tiles open.
 */
export async function findOverdueDecisions(
  actor: Actor,
  filter: { due?: "overdue" | "week"; group?: string } = {},
) {
  const week = thisWeek();
  const dueOn = filter.due === "week" ? { gte: week.first, lte: week.last } : { lt: clock.today() };
  return db.meetingDecision.findMany({
    where: {
      isDone: false,
      dueOn,
      meeting: { AND: [meetingReadScope(actor), filter.group ? { groupId: filter.group } : {}] },
    },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      content: true,
      dueOn: true,
      assignee: { select: { fullName: true } },
      meeting: {
        select: {
          id: true,
          title: true,
          startsAt: true,
          status: true,
          groupId: true,
          unitId: true,
          chairMemberId: true,
          secretaryMemberId: true,
        },
      },
    },
  });
}

/**
 * The year's meetings with invited / present / rate: the register (Excel) and the statistics page.
 * The tổng kết passes a span of days instead (`span`, from inclusive, to exclusive) for a năm học.
 */
export async function getMeetingRegister(actor: Actor, year: number, span?: { from: Date; to: Date }) {
  const [unit, meetings] = await Promise.all([
    db.unit.findUniqueOrThrow({ where: { id: actor.unitId }, select: UNIT_HEADER_SELECT }).then(unitHeader),
    db.meeting.findMany({
      where: {
        AND: [meetingReadScope(actor), span ? { startsAt: { gte: span.from, lt: span.to } } : { year }],
      },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        number: true,
        type: true,
        title: true,
        startsAt: true,
        place: true,
        status: true,
        group: { select: { name: true } },
        chair: { select: { fullName: true } },
      },
    }),
  ]);
  const counts = await attendanceCountsFor(meetings.map((m) => m.id));
  const rows = meetings.map((m) => {
    const c = counts.get(m.id) ?? { total: 0, present: 0, excused: 0, absent: 0 };
    return {
      ...m,
      invited: c.total,
      present: c.present,
      excused: c.excused,
      absent: c.absent,
      rate: attendanceRate(c.present, c.total),
    };
  });
  const invited = rows.reduce((s, r) => s + r.invited, 0);
  const present = rows.reduce((s, r) => s + r.present, 0);
  return { unit, year, rows, invited, present, rate: attendanceRate(present, invited) };
}
export type MeetingRegister = Awaited<ReturnType<typeof getMeetingRegister>>;

type RateRow = {
  id: string;
  name: string;
  groupName?: string;
  invited: number;
  present: number;
  excused: number;
  absent: number;
};

type MeetingCount = { meetingId: string; invited: number; present: number; excused: number; absent: number };

/**
 * Whose attendance an actor may count: everyone in the unit for those who read every meeting (the
 * BCH, the UBKT); otherwise only the members of the tổ they lead (a tổ trưởng who was invited to
 * a unit meeting sees that meeting, but not the other tổ's members in it). `null` = everyone.
 */
function countedGroupIds(actor: Actor): string[] | null {
  return can(actor, "meetings.read.all") || can(actor, "meetings.manage") ? null : actor.ledGroupIds;
}

/**
 * Attendance over the year per member, per tổ (by the member's current tổ) and per meeting, counting
 * only the members the actor may see (countedGroupIds): grouped SQL queries, scoped in the SQL.
 */
export async function getAttendanceStats(actor: Actor, year: number) {
  const scope = meetingReadScope(actor);
  const ids = (
    await db.meeting.findMany({
      where: { AND: [scope, { year }, { status: { not: "PLANNED" } }] },
      select: { id: true },
    })
  ).map((m) => m.id);
  const groups = countedGroupIds(actor);
  if (!ids.length || (groups && !groups.length))
    return { members: [], groups: [], meetings: new Map<string, MeetingCount>() };
  const everyone = groups === null;
  const groupIds = groups ?? [];
  const memberRows = await db.$queryRaw<RateRow[]>`
    SELECT m.id, m."fullName" AS name, g.name AS "groupName",
      count(*)::int AS invited,
      count(*) FILTER (WHERE i.attendance = 'PRESENT')::int AS present,
      count(*) FILTER (WHERE i.attendance = 'EXCUSED')::int AS excused,
      count(*) FILTER (WHERE i.attendance = 'ABSENT')::int AS absent
    FROM "MeetingInvitee" i JOIN "Member" m ON m.id = i."memberId" JOIN "Group" g ON g.id = m."groupId"
    WHERE i."meetingId" = ANY(${ids}::text[])
      AND (${everyone}::boolean OR m."groupId" = ANY(${groupIds}::text[]))
    GROUP BY m.id, m."fullName", g.name, m."sortName"
    ORDER BY g.name, m."sortName"`;
  const meetingRows = await db.$queryRaw<MeetingCount[]>`
    SELECT i."meetingId",
      count(*)::int AS invited,
      count(*) FILTER (WHERE i.attendance = 'PRESENT')::int AS present,
      count(*) FILTER (WHERE i.attendance = 'EXCUSED')::int AS excused,
      count(*) FILTER (WHERE i.attendance = 'ABSENT')::int AS absent
    FROM "MeetingInvitee" i JOIN "Member" m ON m.id = i."memberId"
    WHERE i."meetingId" = ANY(${ids}::text[])
      AND (${everyone}::boolean OR m."groupId" = ANY(${groupIds}::text[]))
    GROUP BY i."meetingId"`;
  const byGroup = new Map<string, RateRow>();
  for (const r of memberRows) {
    const g = byGroup.get(r.groupName!) ?? {
      id: r.groupName!,
      name: r.groupName!,
      invited: 0,
      present: 0,
      excused: 0,
      absent: 0,
    };
    g.invited += r.invited;
    g.present += r.present;
    g.excused += r.excused;
    g.absent += r.absent;
    byGroup.set(r.groupName!, g);
  }
  const withRate = (r: RateRow) => ({ ...r, rate: attendanceRate(r.present, r.invited) });
  return {
    members: memberRows.map(withRate),
    groups: [...byGroup.values()].map(withRate),
    meetings: new Map(meetingRows.map((r) => [r.meetingId, r])),
  };
}
