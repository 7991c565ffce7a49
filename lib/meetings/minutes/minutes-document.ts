import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { UNIT_HEADER_SELECT, unitHeader } from "@/lib/org/printed-parent";
import { MEETING_TYPE_LABELS, MINUTES_TITLES } from "../labels";
import { canSeeDraft, meetingReadScope } from "../scope";
import { minutesNumber, vnTimeWords } from "../service";

/**
 * The one data function behind the biên bản's print page, PDF and DOCX. Null when the meeting is
 * outside the actor's scope, or its minutes are a draft the actor may not read.
 */
export async function getMinutesDocument(actor: Actor, meetingId: string) {
  const m = await db.meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingReadScope(actor)] },
    select: {
      id: true,
      unitId: true,
      groupId: true,
      type: true,
      title: true,
      number: true,
      startsAt: true,
      endsAt: true,
      place: true,
      status: true,
      signedAt: true,
      chairMemberId: true,
      secretaryMemberId: true,
      unit: { select: UNIT_HEADER_SELECT },
      group: { select: { name: true } },
      chair: { select: { fullName: true } },
      secretary: { select: { fullName: true } },
      agendaItems: {
        orderBy: { position: "asc" },
        select: {
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
        select: { content: true, dueOn: true, assignee: { select: { fullName: true } } },
      },
      invitees: {
        select: {
          attendance: true,
          absenceReason: true,
          member: { select: { fullName: true, sortName: true } },
        },
      },
    },
  });
  if (!m || m.status === "PLANNED") return null;
  if (m.status !== "MINUTES_SIGNED" && !canSeeDraft(actor, m)) return null;
  const invitees = [...m.invitees].sort((a, b) => a.member.sortName.localeCompare(b.member.sortName));
  const present = invitees.filter((i) => i.attendance === "PRESENT").length;
  const absentees = invitees
    .filter((i) => i.attendance === "EXCUSED" || i.attendance === "ABSENT")
    .map((i) => ({ name: i.member.fullName, excused: i.attendance === "EXCUSED", reason: i.absenceReason }));
  return {
    id: m.id,
    unit: unitHeader(m.unit),
    number: minutesNumber(m.number),
    heading: `BIÊN BẢN ${MINUTES_TITLES[m.type]}`,
    subtitle: m.group ? `${m.title} – ${m.group.name}` : m.title,
    typeLabel: MEETING_TYPE_LABELS[m.type],
    date: m.startsAt,
    startsAt: m.startsAt,
    startWords: vnTimeWords(m.startsAt),
    endWords: m.endsAt ? vnTimeWords(m.endsAt) : null,
    place: m.place,
    isDraft: m.status !== "MINUTES_SIGNED",
    present,
    invited: invitees.length,
    attendanceLine: `có mặt ${present}/${invitees.length}`,
    absentees,
    chairName: m.chair?.fullName ?? "",
    secretaryName: m.secretary?.fullName ?? "",
    items: m.agendaItems,
    decisions: m.decisions.map((d) => ({
      content: d.content,
      assignee: d.assignee?.fullName ?? "",
      dueOn: d.dueOn,
    })),
  };
}
export type MinutesDocument = NonNullable<Awaited<ReturnType<typeof getMinutesDocument>>>;
