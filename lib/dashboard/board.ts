import "server-only";
// Everything the year dashboard shows for one scope, loaded at once.
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { decisionCounts, meetingCounts, nextMeetings, opinionCounts, welfareCounts } from "./due";
import type { DashboardScope } from "./scope";
import { weekFrom } from "./week";
import { attendanceByMonth, getYearProgress, welfareAgainstBudget } from "./year";

export async function getBoard(s: DashboardScope) {
  const today = clock.today();
  const week = weekFrom(today);
  const calendarYear = today.getUTCFullYear();
  const [decisions, meetings, upcoming, welfare, opinions, progress, attendance, budget] = await Promise.all([
    decisionCounts(s, week),
    meetingCounts(s),
    nextMeetings(s, week),
    welfareCounts(s),
    s.kind === "unit" ? opinionCounts(s) : null,
    getYearProgress(s),
    attendanceByMonth(s, calendarYear),
    s.kind === "unit" ? welfareAgainstBudget(s, calendarYear) : null,
  ]);
  return {
    scope: s,
    today,
    week,
    calendarYear,
    decisions,
    meetings,
    upcoming,
    welfare,
    opinions,
    progress,
    attendance,
    budget,
  };
}
export type Board = Awaited<ReturnType<typeof getBoard>>;

/** The tổ of a group dashboard: its name and its current members (active, suspended). */
export async function getGroupHeader(s: DashboardScope & { kind: "group" }) {
  const [group, counts] = await Promise.all([
    db.group.findFirstOrThrow({
      where: { id: s.groupId, unitId: s.unitId },
      select: { id: true, name: true },
    }),
    db.member.groupBy({
      by: ["status"],
      where: { unitId: s.unitId, groupId: s.groupId, status: { in: ["ACTIVE", "SUSPENDED"] } },
      _count: { _all: true },
    }),
  ]);
  const n = (st: string) => counts.find((c) => c.status === st)?._count._all ?? 0;
  return { ...group, active: n("ACTIVE"), suspended: n("SUSPENDED") };
}
