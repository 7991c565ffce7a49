// Meetings the rating story needs that the meetings seed (2026 only) does not hold: the 2025 tổ
// bình xét and BCH decision meetings, and the 2026 bình xét meetings. Numbered after the year's
// last meeting, as the app numbers a meeting added later.
import { randomUUID } from "node:crypto";
import type { DemoContext, DemoMember } from "./context";

export type RatingMeeting = {
  type: "GROUP_REVIEW" | "BCH_REGULAR";
  title: string;
  /** Vietnam time, "2025-11-12T16:30". */
  startsAt: string;
  groupId?: string;
  chair: DemoMember;
  secretary: DemoMember;
  status: "PLANNED" | "HELD" | "MINUTES_SIGNED";
  invitees: DemoMember[];
  /** Members marked absent (with a reason) when the meeting was held; everyone else present. */
  excused?: { member: DemoMember; reason: string }[];
  agenda: { title: string; discussion: string; conclusion: string }[];
};

/** Writes the meetings of a story year (dates and titles as the story tells them, moved by
 * ctx.story); returns their ids and the number present at each, in order. */
export async function createRatingMeetings(ctx: DemoContext, storyYear: number, list: RatingMeeting[]) {
  const { db, unitId, yearStory: story } = ctx;
  // Meetings are numbered per calendar year; a năm học's meetings fall in two of them.
  void storyYear;
  const numbers = new Map<number, number>();
  const nextNumber = async (year: number) => {
    if (!numbers.has(year)) {
      const last = await db.meeting.aggregate({ where: { unitId, year }, _max: { number: true } });
      numbers.set(year, last._max.number ?? 0);
    }
    numbers.set(year, numbers.get(year)! + 1);
    return numbers.get(year)!;
  };
  const out: { id: string; present: number }[] = [];
  const meetings: object[] = [];
  const invitees: object[] = [];
  const items: object[] = [];
  for (const m of list) {
    const id = randomUUID();
    const startsAt = story.at(m.startsAt);
    const year = Number(story.iso(m.startsAt).slice(0, 4));
    const held = m.status !== "PLANNED";
    const excused = new Map((m.excused ?? []).map((e) => [e.member.id, e.reason]));
    const present = held ? m.invitees.filter((x) => !excused.has(x.id)).length : 0;
    meetings.push({
      id,
      unitId,
      groupId: m.groupId ?? null,
      type: m.type,
      year,
      number: await nextNumber(year),
      title: story.text(m.title),
      startsAt,
      endsAt: held ? new Date(startsAt.getTime() + 90 * 60_000) : null,
      place: m.groupId ? "Phòng sinh hoạt tổ" : "Phòng họp Hội đồng",
      chairMemberId: m.chair.id,
      secretaryMemberId: m.secretary.id,
      status: m.status,
      signedAt: m.status === "MINUTES_SIGNED" ? new Date(startsAt.getTime() + 20 * 3600_000) : null,
      signedByUserId: m.status === "MINUTES_SIGNED" ? ctx.userIdOf("chutich@demo.vn") : null,
    });
    for (const x of m.invitees) {
      const reason = excused.get(x.id);
      invitees.push({
        id: randomUUID(),
        meetingId: id,
        memberId: x.id,
        attendance: held ? (reason ? "EXCUSED" : "PRESENT") : null,
        absenceReason: held ? (reason ?? null) : null,
      });
    }
    m.agenda.forEach((a, position) => {
      const minuted = m.status === "MINUTES_SIGNED";
      items.push({
        id: randomUUID(),
        meetingId: id,
        position,
        title: story.text(a.title),
        isMain: position === 0,
        discussion: minuted ? story.text(a.discussion) : null,
        conclusion: minuted ? story.text(a.conclusion) : null,
        votesFor: minuted && position === 0 ? present : null,
        votesAgainst: minuted && position === 0 ? 0 : null,
        votesOther: minuted && position === 0 ? 0 : null,
      });
    });
    out.push({ id, present });
  }
  await db.meeting.createMany({ data: meetings as never });
  await db.meetingInvitee.createMany({ data: invitees as never });
  await db.agendaItem.createMany({ data: items as never });
  return out;
}
