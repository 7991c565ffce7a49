// The demo unit's meetings as of the seeding day (prisma/seed/story.ts): last year complete (every
// minute signed), this year held up to today with the latest minutes still open, the next weeks
// planned; attendance, decisions (some overdue, two the demo đoàn viên's own) and about ten
// opinions. createMany throughout.
import { randomUUID } from "node:crypto";
import type { DemoContext, DemoMember } from "./context";
import { seedOpinions } from "./meetings-opinions";
import { meetingPlan } from "./meetings-plan";
import { memberFollowUps, placeDecisions, placeMeetings } from "./meetings-status";
import { STORY_YEAR } from "./story";

const EXCUSES = [
  "Ốm, có giấy nghỉ phép",
  "Đi công tác theo quyết định của nhà trường",
  "Con ốm",
  "Dự tập huấn chuyên môn tại Sở",
];

export async function seedMeetings(ctx: DemoContext) {
  const { db, unitId, random, story } = ctx;
  // Last year, this year, and the first weeks of next year when today is late in the year.
  const placed = placeMeetings(
    story,
    [STORY_YEAR - 1, STORY_YEAR, STORY_YEAR + 1].flatMap((y) => meetingPlan(ctx, y)),
  );
  const meetings: object[] = [];
  const invitees: object[] = [];
  const items: object[] = [];
  const ids: Record<string, string> = {};
  const numbers = new Map<number, number>();
  const chairUser = ctx.userIdOf("chutich@demo.vn");

  for (const p of placed) {
    const id = randomUUID();
    ids[p.key] = id;
    const year = story.y(p.y);
    const number = (numbers.get(year) ?? 0) + 1;
    numbers.set(year, number);
    const startsAt = story.at(`${p.date}T${p.time ?? "14:00"}`);
    const held = p.status !== "PLANNED";
    const minuted = p.status === "MINUTES_SIGNED" || p.status === "MINUTES_DRAFT";
    const marks = p.invitees.map((m: DemoMember) => {
      if (!held) return { attendance: null, reason: null };
      if (m.id === p.chair.id || m.id === p.secretary.id)
        return { attendance: "PRESENT" as const, reason: null };
      const r = random();
      if (r < 0.87) return { attendance: "PRESENT" as const, reason: null };
      if (r < 0.96)
        return { attendance: "EXCUSED" as const, reason: EXCUSES[Math.floor(random() * EXCUSES.length)] };
      return { attendance: "ABSENT" as const, reason: null };
    });
    const present = marks.filter((x) => x.attendance === "PRESENT").length;
    meetings.push({
      id,
      unitId,
      groupId: p.groupId ?? null,
      type: p.type,
      year,
      number,
      title: story.text(p.title),
      startsAt,
      endsAt: held
        ? new Date(startsAt.getTime() + (p.type.startsWith("CONFERENCE") ? 3 : 1.5) * 3600_000)
        : null,
      place: p.place,
      chairMemberId: p.chair.id,
      secretaryMemberId: p.secretary.id,
      preparatoryMeetingId: p.prepKey ? (ids[p.prepKey] ?? null) : null,
      status: p.status,
      signedAt: p.status === "MINUTES_SIGNED" ? new Date(startsAt.getTime() + 24 * 3600_000) : null,
      signedByUserId: p.status === "MINUTES_SIGNED" ? chairUser : null,
    });
    p.invitees.forEach((m, i) =>
      invitees.push({
        id: randomUUID(),
        meetingId: id,
        memberId: m.id,
        attendance: marks[i].attendance,
        absenceReason: marks[i].reason,
      }),
    );
    p.agenda.forEach((a, position) => {
      const voted = minuted && a.vote;
      const against = voted ? Math.floor(random() * 2) : 0;
      items.push({
        id: randomUUID(),
        meetingId: id,
        position,
        title: story.text(a.title),
        isMain: a.isMain,
        discussion: minuted ? story.text(a.discussion) : null,
        votesFor: voted ? present - against : null,
        votesAgainst: voted ? against : null,
        votesOther: voted ? 0 : null,
        conclusion: minuted ? story.text(a.conclusion) : null,
      });
    });
  }
  // The demo đoàn viên (doanvien@demo.vn) has follow-ups of his own on "Của tôi".
  const followUps = memberFollowUps(story, placed, ctx.byName("Phạm Minh Tuấn"));
  const decisions = [...placeDecisions(story, placed), ...followUps].map((d) => ({
    id: randomUUID(),
    meetingId: ids[d.meetingKey],
    content: story.text(d.content),
    assigneeMemberId: d.assignee.id,
    dueOn: story.day(d.due),
    isDone: d.isDone,
    doneOn: d.doneOn ? story.day(d.doneOn) : null,
  }));

  await db.meeting.createMany({ data: meetings as never });
  await db.meetingInvitee.createMany({ data: invitees as never });
  await db.agendaItem.createMany({ data: items as never });
  await db.meetingDecision.createMany({ data: decisions });
  await seedOpinions(
    ctx,
    placed
      .filter((m) => m.status !== "PLANNED")
      .map((m) => ({ id: ids[m.key], groupId: m.groupId ?? null, date: m.date, time: m.time })),
  );
}
