// The demo unit's 2026 meetings (today is 22/11/2026): monthly BCH meetings, quarterly tổ
// meetings, the hội nghị CBCCVC, attendance, minutes (signed, one draft, two planned),
// decisions (some overdue) and about ten opinions. createMany throughout, to stay fast.
import { randomUUID } from "node:crypto";
import type { DemoContext, DemoMember } from "./context";
import { meetingPlan, type PlannedMeeting } from "./meetings-plan";
import { seedOpinions } from "./meetings-opinions";

const at = (date: string, time = "14:00") => new Date(`${date}T${time}:00.000+07:00`);
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

const EXCUSES = ["Ốm, có giấy nghỉ phép", "Đi công tác theo quyết định của nhà trường", "Con ốm", "Dự tập huấn chuyên môn tại Sở"];

export async function seedMeetings(ctx: DemoContext) {
  const { db, unitId, random } = ctx;
  const plan = meetingPlan(ctx);
  const meetings: object[] = [];
  const invitees: object[] = [];
  const items: object[] = [];
  const decisions: object[] = [];
  const ids: Record<string, string> = {};

  plan.sort((a, b) => a.date.localeCompare(b.date));
  plan.forEach((p: PlannedMeeting, n) => {
    const id = randomUUID();
    ids[p.key] = id;
    const startsAt = at(p.date, p.time);
    const past = p.status !== "PLANNED";
    const marks = p.invitees.map((m: DemoMember) => {
      if (!past) return { attendance: null, reason: null };
      if (m.id === p.chair.id || m.id === p.secretary.id) return { attendance: "PRESENT" as const, reason: null };
      const r = random();
      if (r < 0.87) return { attendance: "PRESENT" as const, reason: null };
      if (r < 0.96) return { attendance: "EXCUSED" as const, reason: EXCUSES[Math.floor(random() * EXCUSES.length)] };
      return { attendance: "ABSENT" as const, reason: null };
    });
    const present = marks.filter((x) => x.attendance === "PRESENT").length;
    meetings.push({
      id,
      unitId,
      groupId: p.groupId ?? null,
      type: p.type,
      year: 2026,
      number: n + 1,
      title: p.title,
      startsAt,
      endsAt: past ? new Date(startsAt.getTime() + (p.type.startsWith("CONFERENCE") ? 3 : 1.5) * 3600_000) : null,
      place: p.place,
      chairMemberId: p.chair.id,
      secretaryMemberId: p.secretary.id,
      preparatoryMeetingId: p.prepKey ? ids[p.prepKey] : null,
      status: p.status,
      signedAt: p.status === "MINUTES_SIGNED" ? new Date(startsAt.getTime() + 24 * 3600_000) : null,
      signedByUserId: p.status === "MINUTES_SIGNED" ? ctx.userIdOf("chutich@demo.vn") : null,
    });
    p.invitees.forEach((m, i) => invitees.push({ id: randomUUID(), meetingId: id, memberId: m.id, attendance: marks[i].attendance, absenceReason: marks[i].reason }));
    p.agenda.forEach((a, position) => {
      const minuted = p.status === "MINUTES_SIGNED" || p.status === "MINUTES_DRAFT";
      const voted = minuted && a.vote;
      const against = voted ? Math.floor(random() * 2) : 0;
      items.push({
        id: randomUUID(),
        meetingId: id,
        position,
        title: a.title,
        isMain: a.isMain,
        discussion: minuted ? a.discussion : null,
        votesFor: voted ? present - against : null,
        votesAgainst: voted ? against : null,
        votesOther: voted ? 0 : null,
        conclusion: minuted ? a.conclusion : null,
      });
    });
    for (const d of p.decisions) decisions.push({ id: randomUUID(), meetingId: id, content: d.content, assigneeMemberId: d.assignee.id, dueOn: day(d.due), isDone: d.done, doneOn: d.done ? day(d.due) : null });
  });

  await db.meeting.createMany({ data: meetings as never });
  await db.meetingInvitee.createMany({ data: invitees as never });
  await db.agendaItem.createMany({ data: items as never });
  await db.meetingDecision.createMany({ data: decisions as never });
  await seedOpinions(ctx, ids);
}
