import "server-only";
import * as clock from "@/lib/clock";
import { db, type Tx } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { deliver, type Notice } from "./deliver";
import { sendDigests } from "./digest";
import { CLOSING_REMINDER_DAYS } from "./kinds";
import { usersByMember, usersOfMembers, usersWithPermission } from "./recipients";

// The time-based events, found by a scan that every worker runs: "today" from lib/clock.ts, and every
// event keyed so that a second scan, or two instances scanning at once, delivers nothing new.

const DAY = 86_400_000;
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY);

/** Whether an event was already delivered (it is written in one transaction, so all or nothing). */
async function delivered(tx: Tx, eventKey: string) {
  return !!(await tx.notification.findFirst({ where: { eventKey }, select: { id: true } }));
}

async function activeMemberUsers(tx: Tx, unitId: string, exceptSubmittedYearId?: string) {
  const members = await tx.member.findMany({
    where: {
      unitId,
      status: "ACTIVE",
      user: { isNot: null },
      ...(exceptSubmittedYearId
        ? { emulationAssessments: { none: { yearId: exceptSubmittedYearId, state: "SUBMITTED" } } }
        : {}),
    },
    select: { id: true },
  });
  return usersOfMembers(
    tx,
    members.map((m) => m.id),
  );
}

/** The self-assessment window opened (within the last week, so a day the server was down is caught up). */
async function windowNotices(tx: Tx, today: Date): Promise<Notice[]> {
  const years = await tx.emulationYear.findMany({
    where: {
      status: "OPEN",
      OR: [
        { assessmentOpensOn: { lte: today, gte: addDays(today, -6) }, assessmentClosesOn: { gte: today } },
        { assessmentClosesOn: { gte: today, lte: addDays(today, CLOSING_REMINDER_DAYS) } },
      ],
    },
    select: { id: true, unitId: true, year: true, assessmentOpensOn: true, assessmentClosesOn: true },
  });
  const notices: Notice[] = [];
  for (const y of years) {
    const window = `từ ${formatDate(y.assessmentOpensOn)} đến hết ${formatDate(y.assessmentClosesOn)}`;
    const opensKey = `assessment-window-opens:${y.id}`;
    if (
      y.assessmentOpensOn >= addDays(today, -6) &&
      y.assessmentOpensOn <= today &&
      !(await delivered(tx, opensKey))
    )
      notices.push({
        kind: "ASSESSMENT_WINDOW_OPENS",
        eventKey: opensKey,
        recipients: await activeMemberUsers(tx, y.unitId),
        title: "Đã mở đợt tự đánh giá",
        body: `Đợt tự đánh giá thi đua năm ${y.year} mở ${window}. Vui lòng tự chấm và nộp phiếu.`,
        link: "/me/emulation/assessment",
      });
    const closingKey = `assessment-window-closing:${y.id}`;
    if (y.assessmentClosesOn <= addDays(today, CLOSING_REMINDER_DAYS) && !(await delivered(tx, closingKey)))
      notices.push({
        kind: "ASSESSMENT_WINDOW_CLOSING",
        eventKey: closingKey,
        recipients: await activeMemberUsers(tx, y.unitId, y.id),
        title: "Đợt tự đánh giá sắp đóng",
        body: `Đợt tự đánh giá thi đua năm ${y.year} đóng sau ngày ${formatDate(y.assessmentClosesOn)}; bạn chưa nộp phiếu.`,
        link: "/me/emulation/assessment",
      });
  }
  return notices;
}

/** Meeting decisions past their due day and not done: to the assignee, and to the BCH in the digest. */
async function overdueNotices(tx: Tx, today: Date): Promise<Notice[]> {
  const decisions = await tx.meetingDecision.findMany({
    where: { isDone: false, dueOn: { lt: today }, assigneeMemberId: { not: null } },
    select: {
      id: true,
      content: true,
      dueOn: true,
      assigneeMemberId: true,
      meeting: { select: { unitId: true, title: true } },
    },
  });
  const keys = decisions.map((d) => `decision-overdue:${d.id}`);
  const done = new Set(
    (await tx.notification.findMany({ where: { eventKey: { in: keys } }, select: { eventKey: true } })).map(
      (n) => n.eventKey,
    ),
  );
  const fresh = decisions.filter((d) => !done.has(`decision-overdue:${d.id}`));
  // One query for every assignee's accounts, and one per unit for its BCH: not one per decision.
  const accounts = await usersByMember(
    tx,
    fresh.map((d) => d.assigneeMemberId),
  );
  const notices: Notice[] = [];
  const bchByUnit = new Map<string, string[]>();
  for (const d of fresh) {
    const eventKey = `decision-overdue:${d.id}`;
    const unitId = d.meeting.unitId;
    if (!bchByUnit.has(unitId))
      bchByUnit.set(unitId, await usersWithPermission(tx, unitId, "meetings.manage", today));
    const assignee = accounts.get(d.assigneeMemberId!) ?? [];
    const bch = bchByUnit.get(unitId)!.filter((u) => !assignee.includes(u));
    notices.push({
      kind: "DECISION_OVERDUE",
      eventKey,
      recipients: [...assignee, ...bch],
      digestOnly: bch,
      title: "Công việc quá hạn",
      body: `“${d.content}” (cuộc họp “${d.meeting.title}”) hạn ${formatDate(d.dueOn)} nhưng chưa hoàn thành.`,
      link: "/meetings/decisions",
    });
  }
  return notices;
}

export type ScanResult = { notices: number; digests: number };

/** One scan as of `today` (lib/clock.ts by default). Safe to run any number of times, anywhere. */
export async function scanTimedEvents(today: Date = clock.today()): Promise<ScanResult> {
  const notices = await db.$transaction(
    async (tx) => {
      const all = [...(await windowNotices(tx, today)), ...(await overdueNotices(tx, today))];
      for (const n of all) await deliver(tx, n);
      return all.length;
    },
    { timeout: 120_000 },
  );
  return { notices, digests: await sendDigests(today) };
}
