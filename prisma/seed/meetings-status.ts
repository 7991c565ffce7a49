// Where each meeting of the story stands as of the seeding day, and which decisions are done.
// Last year is complete (signed); this year is held up to today, the latest ones waiting for their
// minutes; the next weeks are planned, the rest of the year not yet. Whatever the day, the BCH has
// a meeting coming and one whose minutes it can still write.
import type { DemoMember } from "./context";
import type { PlannedDecision, PlannedMeeting } from "./meetings-plan";
import type { Story } from "./story";
import { addDays, ageOf } from "./story-days";

export type Status = "PLANNED" | "HELD" | "MINUTES_DRAFT" | "MINUTES_SIGNED";
/** How far ahead meetings are already planned (a month's BCH meeting is at most 5 weeks away). */
const PLANNED_AHEAD_DAYS = 42;
/** Minutes are signed about a week after the meeting. */
const SIGNED_AFTER_DAYS = 7;
/** The latest follow-ups whose due date has passed stay open: the overdue ones. */
const OVERDUE_KEPT = 3;

export type Placed = PlannedMeeting & { status: Status };

/** The meetings as of today, in date order: the ones not planned yet are left out. */
export function placeMeetings(story: Story, plan: PlannedMeeting[]): Placed[] {
  const placed: Placed[] = [];
  for (const p of [...plan].sort((a, b) =>
    `${a.date}${a.time ?? ""}`.localeCompare(`${b.date}${b.time ?? ""}`),
  )) {
    const age = ageOf(story, p.date);
    if (age < -PLANNED_AHEAD_DAYS) continue;
    // A meeting today is still to come: the demo can mark it held.
    const status: Status =
      age <= 0
        ? "PLANNED"
        : age <= 2
          ? "HELD"
          : age <= SIGNED_AFTER_DAYS
            ? "MINUTES_DRAFT"
            : "MINUTES_SIGNED";
    placed.push({ ...p, status });
  }
  const bch = placed.filter((m) => m.type === "BCH_REGULAR");
  if (!bch.some((m) => m.status === "HELD" || m.status === "MINUTES_DRAFT")) {
    const last = bch.filter((m) => m.status === "MINUTES_SIGNED").at(-1);
    if (last) last.status = "MINUTES_DRAFT"; // last month's minutes are not signed yet
  }
  if (!bch.some((m) => m.status === "PLANNED"))
    throw new Error("Dữ liệu mẫu: không có cuộc họp BCH sắp tới.");
  return placed;
}

export type PlacedDecision = PlannedDecision & { meetingKey: string; isDone: boolean; doneOn: string | null };

/**
 * The decisions of minuted meetings: those due later are open; those already due are done, but
 * for the latest few of the BCH's, still open (overdue).
 */
export function placeDecisions(story: Story, meetings: Placed[]): PlacedDecision[] {
  const minuted = meetings.filter((m) => m.status === "MINUTES_DRAFT" || m.status === "MINUTES_SIGNED");
  const all = minuted.flatMap((m) => m.decisions.map((d) => ({ d, m })));
  const passed = (due: string) => ageOf(story, due) > 0;
  const overdue = new Set(
    all
      .filter((x) => x.m.type === "BCH_REGULAR" && passed(x.d.due))
      .sort((a, b) => b.d.due.localeCompare(a.d.due))
      .slice(0, OVERDUE_KEPT),
  );
  return all.map((x) => {
    const isDone = passed(x.d.due) && !overdue.has(x);
    // Done a couple of days before the due date, never before the meeting.
    const doneOn = isDone ? [addDays(x.d.due, -2), x.m.date].sort().at(-1)! : null;
    return { ...x.d, meetingKey: x.m.key, isDone, doneOn };
  });
}

/** Follow-ups the demo gives the demo đoàn viên from his tổ's latest signed minutes. */
const MEMBER_FOLLOW_UPS = [
  { content: "Tổng hợp đề xuất đổi mới sinh hoạt chuyên môn của tổ, gửi tổ trưởng", daysAgo: 5 },
  {
    content: "Chuẩn bị chuyên đề ứng dụng công nghệ thông tin trong dạy học cho buổi sinh hoạt tổ tới",
    daysAgo: -10,
  },
] as const;

/**
 * The member's own follow-ups, whatever the seeding day: one overdue by 5 days, one due in 10, both
 * decided at the latest meeting of his tổ whose minutes are signed (so he may read them). Signed
 * minutes are more than a week old, so the overdue one still falls after its meeting.
 */
export function memberFollowUps(story: Story, meetings: Placed[], member: DemoMember): PlacedDecision[] {
  const m = meetings
    .filter(
      (x) =>
        x.type === "GROUP" && x.status === "MINUTES_SIGNED" && x.invitees.some((i) => i.id === member.id),
    )
    .at(-1);
  if (!m) throw new Error(`Dữ liệu mẫu: tổ của ${member.fullName} chưa có biên bản đã ký.`);
  return MEMBER_FOLLOW_UPS.map((f) => ({
    content: f.content,
    assignee: member,
    due: story.daysAgo(f.daysAgo),
    meetingKey: m.key,
    isDone: false,
    doneOn: null,
  }));
}
