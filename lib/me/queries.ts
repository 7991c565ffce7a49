import "server-only";
// "Của tôi" (decision 0072): what the signed-in member owns, read by their own member id in the SQL
// `where`. A tổ trưởng or an ủy viên BCH sees their own items here, never the unit's (the
// dashboard is for that).
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { getMemberTodo } from "@/lib/emulation/queries/reminders";
import { formatDate, formatDateTime } from "@/lib/format";
import { canSeeDraft, meetingReadScope } from "@/lib/meetings/scope";
import { byUrgency, type DueBadge, dueBadge, meetingBadge } from "./due";

const DAY_MS = 86_400_000;
/** Meetings one is invited to in the next seven days (today included). */
export const MEETING_AHEAD_DAYS = 7;
/** Answers to one's opinions given in the last thirty days. */
export const RECENT_ANSWER_DAYS = 30;

export type MyItem = {
  key: string;
  kind: "decision" | "emulation" | "minutes" | "meeting";
  title: string;
  detail: string;
  /** Where to act; null when the member may not open the place (a meeting they were not invited to). */
  href: string | null;
  badge: DueBadge;
  sortOn: Date | null;
};

/** Everything due from the member, most urgent first. */
export async function findMyWork(actor: Actor): Promise<MyItem[]> {
  if (!actor.memberId) return [];
  const today = clock.today();
  const [decisions, emulation, minutes, meetings] = await Promise.all([
    myDecisions(actor, actor.memberId, today),
    getMemberTodo(actor),
    myMinutesToSign(actor, actor.memberId),
    myMeetingsAhead(actor, actor.memberId, today),
  ]);
  const fromEmulation: MyItem[] = emulation.map((t) => ({
    key: `emulation:${t.key}`,
    kind: "emulation",
    title: t.title,
    detail: t.detail,
    href: t.href,
    // A returned form is to fix now; a window has its closing day.
    badge: t.dueOn ? dueBadge(t.dueOn, today) : { text: "Cần sửa", tone: "red" },
    sortOn: t.dueOn ?? today,
  }));
  return byUrgency([...decisions, ...fromEmulation, ...minutes, ...meetings]);
}

/**
 * Open decisions assigned to the member. A decision of draft minutes shows only to those who may
 * read the draft (lib/meetings/scope.ts canSeeDraft), as on the meeting's page.
 */
async function myDecisions(actor: Actor, memberId: string, today: Date): Promise<MyItem[]> {
  const rows = await db.meetingDecision.findMany({
    where: { assigneeMemberId: memberId, isDone: false, meeting: { unitId: actor.unitId } },
    select: {
      id: true,
      content: true,
      dueOn: true,
      meeting: {
        select: {
          id: true,
          unitId: true,
          groupId: true,
          chairMemberId: true,
          secretaryMemberId: true,
          title: true,
          startsAt: true,
          status: true,
        },
      },
    },
    orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
  });
  const shown = rows.filter((d) => d.meeting.status === "MINUTES_SIGNED" || canSeeDraft(actor, d.meeting));
  const meetingIds = [...new Set(shown.map((d) => d.meeting.id))];
  const openable = new Set(
    meetingIds.length
      ? (
          await db.meeting.findMany({
            where: { AND: [{ id: { in: meetingIds } }, meetingReadScope(actor)] },
            select: { id: true },
          })
        ).map((m) => m.id)
      : [],
  );
  return shown.map((d) => ({
    key: `decision:${d.id}`,
    kind: "decision",
    title: d.content,
    detail: `Giao tại: ${d.meeting.title} (${formatDate(d.meeting.startsAt)})${d.dueOn ? ` · hạn ${formatDate(d.dueOn)}` : ""}`,
    href: openable.has(d.meeting.id) ? `/meetings/${d.meeting.id}` : null,
    badge: dueBadge(d.dueOn, today),
    sortOn: d.dueOn,
  }));
}

/** Held meetings whose minutes wait for the member's signature as chủ trì or thư ký. */
async function myMinutesToSign(actor: Actor, memberId: string): Promise<MyItem[]> {
  const rows = await db.meeting.findMany({
    where: {
      unitId: actor.unitId,
      status: { in: ["HELD", "MINUTES_DRAFT"] },
      OR: [{ chairMemberId: memberId }, { secretaryMemberId: memberId }],
    },
    select: { id: true, title: true, startsAt: true, chairMemberId: true },
    orderBy: { startsAt: "asc" },
  });
  return rows.map((m) => ({
    key: `minutes:${m.id}`,
    kind: "minutes",
    title: `Biên bản chờ ký: ${m.title}`,
    detail: `Họp ngày ${formatDate(m.startsAt)}; bạn là ${m.chairMemberId === memberId ? "chủ trì" : "thư ký"}.`,
    href: `/meetings/${m.id}`,
    badge: { text: "Chờ ký", tone: "amber" },
    sortOn: m.startsAt,
  }));
}

/** Planned meetings the member is invited to, from today to a week ahead. */
async function myMeetingsAhead(actor: Actor, memberId: string, today: Date): Promise<MyItem[]> {
  // Days are Vietnam days: today's 00:00 in Vietnam is 17:00 UTC the day before.
  const from = new Date(today.getTime() - 7 * 3600_000);
  const to = new Date(from.getTime() + MEETING_AHEAD_DAYS * DAY_MS);
  const rows = await db.meeting.findMany({
    where: {
      unitId: actor.unitId,
      status: "PLANNED",
      startsAt: { gte: from, lt: to },
      invitees: { some: { memberId } },
    },
    select: { id: true, title: true, startsAt: true, place: true },
    orderBy: { startsAt: "asc" },
  });
  return rows.map((m) => {
    const day = new Date(Math.floor((m.startsAt.getTime() + 7 * 3600_000) / DAY_MS) * DAY_MS);
    return {
      key: `meeting:${m.id}`,
      kind: "meeting",
      title: m.title,
      detail: `${formatDateTime(m.startsAt)} · ${m.place}`,
      href: `/meetings/${m.id}`,
      badge: meetingBadge(day, today),
      sortOn: day,
    };
  });
}

export type MyAnswer = { id: string; topic: string; answer: string; answeredAt: Date };

/** Answers to the opinions the member sent (by name or anonymously), given in the last 30 days. */
export async function findMyRecentAnswers(actor: Actor): Promise<MyAnswer[]> {
  if (!actor.memberId) return [];
  const since = new Date(clock.today().getTime() - RECENT_ANSWER_DAYS * DAY_MS);
  const rows = await db.opinion.findMany({
    where: {
      unitId: actor.unitId,
      senderMemberId: actor.memberId,
      status: "ANSWERED",
      answeredAt: { gte: since },
    },
    select: { id: true, topic: true, answer: true, answeredAt: true },
    orderBy: { answeredAt: "desc" },
    take: 5,
  });
  return rows.map((r) => ({ id: r.id, topic: r.topic, answer: r.answer ?? "", answeredAt: r.answeredAt! }));
}
