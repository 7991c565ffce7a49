import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { MeetingStatus, MeetingType, Prisma } from "@/lib/generated/prisma/client";
import type { MeetingListParams } from "./schema";
import { meetingReadScope } from "./scope";
import { attendanceRate } from "./service";

export const MEETING_PAGE_SIZE = 20;

export function meetingListWhere(actor: Actor, p: Partial<MeetingListParams>): Prisma.MeetingWhereInput {
  const and: Prisma.MeetingWhereInput[] = [meetingReadScope(actor)];
  if (p.year) and.push({ year: p.year });
  if (p.type) and.push({ type: p.type });
  if (p.group) and.push({ groupId: p.group });
  if (p.status) and.push({ status: p.status });
  if (p.q)
    and.push({
      OR: [
        { title: { contains: p.q, mode: "insensitive" } },
        { place: { contains: p.q, mode: "insensitive" } },
      ],
    });
  return { AND: and };
}

/** present/invited per meeting, in one grouped query. */
export async function attendanceCountsFor(meetingIds: string[]) {
  type C = { total: number; present: number; excused: number; absent: number };
  if (!meetingIds.length) return new Map<string, C>();
  const rows = await db.meetingInvitee.groupBy({
    by: ["meetingId", "attendance"],
    where: { meetingId: { in: meetingIds } },
    _count: { _all: true },
  });
  const out = new Map<string, C>();
  for (const r of rows) {
    const c = out.get(r.meetingId) ?? { total: 0, present: 0, excused: 0, absent: 0 };
    c.total += r._count._all;
    if (r.attendance === "PRESENT") c.present += r._count._all;
    if (r.attendance === "EXCUSED") c.excused += r._count._all;
    if (r.attendance === "ABSENT") c.absent += r._count._all;
    out.set(r.meetingId, c);
  }
  return out;
}

const LIST_SELECT = {
  id: true,
  type: true,
  title: true,
  year: true,
  number: true,
  startsAt: true,
  place: true,
  status: true,
  group: { select: { name: true } },
  chair: { select: { fullName: true } },
} satisfies Prisma.MeetingSelect;

/** The meeting list: newest first, server-side paging, attendance per row. */
export async function findMeetings(actor: Actor, p: MeetingListParams) {
  const where = meetingListWhere(actor, p);
  const [total, rows] = await Promise.all([
    db.meeting.count({ where }),
    db.meeting.findMany({
      where,
      orderBy: [{ startsAt: "desc" }, { id: "asc" }],
      skip: (p.page - 1) * MEETING_PAGE_SIZE,
      take: MEETING_PAGE_SIZE,
      select: LIST_SELECT,
    }),
  ]);
  const counts = await attendanceCountsFor(rows.map((r) => r.id));
  return {
    rows: rows.map((r) => {
      const c = counts.get(r.id) ?? { total: 0, present: 0 };
      return { ...r, invited: c.total, present: c.present, rate: attendanceRate(c.present, c.total) };
    }),
    total,
    page: p.page,
    pageCount: Math.max(1, Math.ceil(total / MEETING_PAGE_SIZE)),
  };
}
export type MeetingListRow = Awaited<ReturnType<typeof findMeetings>>["rows"][number];

/**
 * A unit's meetings of some types, of one tổ or of all, in one year, oldest first: the clean
 * entry point for other features (the annual rating links tổ bình xét and BCH meetings).
 */
export function listMeetingsByType(
  actor: Actor,
  f: { year: number; types?: MeetingType[]; groupId?: string | null; statuses?: MeetingStatus[] },
) {
  return db.meeting.findMany({
    where: {
      AND: [
        meetingReadScope(actor),
        { year: f.year },
        f.types?.length ? { type: { in: f.types } } : {},
        f.groupId === undefined ? {} : { groupId: f.groupId },
        f.statuses?.length ? { status: { in: f.statuses } } : {},
      ],
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: LIST_SELECT,
  });
}

/** The meetings a member was invited to (or chairs, or minutes), for "Của tôi". */
export async function findMyMeetings(actor: Actor) {
  if (!actor.memberId) return [];
  const rows = await db.meeting.findMany({
    where: {
      unitId: actor.unitId,
      OR: [
        { invitees: { some: { memberId: actor.memberId } } },
        { chairMemberId: actor.memberId },
        { secretaryMemberId: actor.memberId },
      ],
    },
    orderBy: [{ startsAt: "desc" }],
    take: 100,
    select: {
      ...LIST_SELECT,
      invitees: { where: { memberId: actor.memberId }, select: { attendance: true } },
    },
  });
  return rows.map(({ invitees, ...r }) => ({ ...r, myAttendance: invitees[0]?.attendance ?? null }));
}
