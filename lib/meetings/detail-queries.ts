import "server-only";
import { type Actor, can } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { CURRENT_STATUSES } from "@/lib/members/labels";
import { canManageMeeting, canReopen, canSeeDraft, meetingReadScope } from "./scope";
import { countAttendance } from "./service";

/** One meeting as its page shows it, or null when missing or outside the actor's scope. */
export async function getMeeting(actor: Actor, id: string) {
  const m = await db.meeting.findFirst({
    where: { AND: [{ id }, meetingReadScope(actor)] },
    select: {
      id: true,
      unitId: true,
      groupId: true,
      type: true,
      title: true,
      year: true,
      number: true,
      startsAt: true,
      endsAt: true,
      place: true,
      status: true,
      version: true,
      signedAt: true,
      chairMemberId: true,
      secretaryMemberId: true,
      preparatoryMeetingId: true,
      group: { select: { name: true } },
      chair: { select: { fullName: true } },
      secretary: { select: { fullName: true } },
      preparatoryMeeting: { select: { id: true, title: true, startsAt: true } },
      agendaItems: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          title: true,
          isMain: true,
          discussion: true,
          votesFor: true,
          votesAgainst: true,
          votesOther: true,
          conclusion: true,
        },
      },
      decisions: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          content: true,
          dueOn: true,
          isDone: true,
          doneOn: true,
          assignee: { select: { id: true, fullName: true } },
        },
      },
    },
  });
  if (!m) return null;
  const marks = await db.meetingInvitee.findMany({
    where: { meetingId: m.id },
    select: { attendance: true },
  });
  const showMinutes = m.status === "MINUTES_SIGNED" || canSeeDraft(actor, m);
  const counts = countAttendance(marks);
  return {
    ...m,
    // Draft minutes stay out of the payload for those who may not read them.
    agendaItems: showMinutes
      ? m.agendaItems
      : m.agendaItems.map((i) => ({
          ...i,
          discussion: null,
          votesFor: null,
          votesAgainst: null,
          votesOther: null,
          conclusion: null,
        })),
    decisions: showMinutes ? m.decisions : [],
    counts,
    showMinutes,
    canManage: canManageMeeting(actor, m),
    canReopen: m.status === "MINUTES_SIGNED" && canReopen(actor, m),
    myAttendance: actor.memberId
      ? ((
          await db.meetingInvitee.findUnique({
            where: { meetingId_memberId: { meetingId: m.id, memberId: actor.memberId } },
            select: { attendance: true },
          })
        )?.attendance ?? null)
      : null,
  };
}
export type MeetingDetail = NonNullable<Awaited<ReturnType<typeof getMeeting>>>;

/** Members one may choose as chủ trì, thư ký, assignee or invitee: the unit's current members, or the led tổ's. */
export async function listMemberOptions(actor: Actor) {
  const where = can(actor, "meetings.manage")
    ? { unitId: actor.unitId, status: { in: CURRENT_STATUSES } }
    : { unitId: actor.unitId, status: { in: CURRENT_STATUSES }, groupId: { in: actor.ledGroupIds } };
  return db.member.findMany({
    where,
    orderBy: { sortName: "asc" },
    select: { id: true, fullName: true, searchName: true, groupId: true },
  });
}

/** Tổ one may hold a meeting for: every tổ for the BCH, the led ones for a tổ trưởng. */
export async function listMeetingGroups(actor: Actor) {
  const all = can(actor, "meetings.manage") || can(actor, "meetings.read.all");
  const where = all
    ? { unitId: actor.unitId, archivedAt: null }
    : { unitId: actor.unitId, id: { in: actor.ledGroupIds } };
  return db.group.findMany({ where, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** BCH meetings that can be the preparatory meeting of another. */
export async function listPreparatoryOptions(actor: Actor) {
  return db.meeting.findMany({
    where: { AND: [meetingReadScope(actor), { type: { in: ["BCH_REGULAR", "BCH_EXTRAORDINARY"] } }] },
    orderBy: { startsAt: "desc" },
    take: 30,
    select: { id: true, title: true, startsAt: true },
  });
}

/** The audit trail of a meeting (and its decisions), newest first, for those who may manage or read all. */
export async function getMeetingAudit(
  actor: Actor,
  meeting: { id: string; unitId: string; groupId: string | null },
) {
  if (!can(actor, "meetings.read.all") && !canManageMeeting(actor, meeting)) return null;
  const decisionIds = (
    await db.meetingDecision.findMany({ where: { meetingId: meeting.id }, select: { id: true } })
  ).map((d) => d.id);
  const rows = await db.auditLog.findMany({
    where: {
      OR: [
        { entityType: "Meeting", entityId: meeting.id },
        { entityType: "MeetingDecision", entityId: { in: decisionIds } },
      ],
    },
    orderBy: { at: "desc" },
    take: 100,
  });
  const actorIds = [...new Set(rows.map((r) => r.actorUserId).filter(Boolean) as string[])];
  const users = await db.user.findMany({
    where: { id: { in: actorIds } },
    select: { id: true, email: true, member: { select: { fullName: true } } },
  });
  const who = new Map(users.map((u) => [u.id, u.member?.fullName ?? u.email]));
  return rows.map((r) => ({
    id: r.id.toString(),
    at: r.at,
    action: r.action,
    actor: who.get(r.actorUserId ?? "") ?? "Hệ thống",
    after: r.after as Record<string, unknown> | null,
  }));
}

/** Everything the meeting form's selects need. */
export async function getMeetingFormOptions(actor: Actor) {
  const [groups, members, prep] = await Promise.all([
    listMeetingGroups(actor),
    listMemberOptions(actor),
    listPreparatoryOptions(actor),
  ]);
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  const d = (x: Date) =>
    new Date(x.getTime() + 7 * 3600_000).toISOString().slice(0, 10).split("-").reverse().join("/");
  return {
    groups: groups.map((g) => ({ id: g.id, label: g.name })),
    members: members.map((m) => ({
      id: m.id,
      label: groupName.has(m.groupId) ? `${m.fullName} (${groupName.get(m.groupId)})` : m.fullName,
    })),
    preparatory: prep.map((p) => ({ id: p.id, label: `${p.title} – ${d(p.startsAt)}` })),
  };
}

/** The member ids invited to a meeting the actor manages (for the invite dialog). */
export async function listInvitedIds(
  actor: Actor,
  meeting: { id: string; unitId: string; groupId: string | null },
) {
  if (!canManageMeeting(actor, meeting)) return [];
  return (
    await db.meetingInvitee.findMany({ where: { meetingId: meeting.id }, select: { memberId: true } })
  ).map((i) => i.memberId);
}
