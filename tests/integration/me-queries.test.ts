// "Của tôi" (lib/me/queries.ts): what a member owns, most urgent first, read by their own member id.
// Every expected list is written out by hand from the rows made here, relative to the suite's day.
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { findMyRecentAnswers, findMyWork } from "@/lib/me/queries";
import { ensureYear } from "./helpers/emulation-fixtures";
import { makeMeeting } from "./helpers/meetings-fixtures";
import { buildWorld, type World } from "./helpers/world";
import { daysFromToday, isoDay, SUITE_MOMENT, THIS_YEAR, typed } from "../support/today";

let w: World;
const ids: Record<string, string> = {};
const HOUR = 3600_000;
/** 08:00 in Vietnam, `days` from the suite's day. */
const at8 = (days: number) => new Date(daysFromToday(days).getTime() + HOUR);
const RETURN_REASON = "Chưa ghi chỉ tiêu cụ thể cho nhiệm vụ chuyên môn.";

const actorOf = async (userId: string) => (await loadActor(userId))!;
const view = (items: Awaited<ReturnType<typeof findMyWork>>) =>
  items.map((i) => ({ kind: i.kind, title: i.title, badge: i.badge.text, href: i.href }));

beforeAll(async () => {
  w = await buildWorld();
  const member = w.people.member.member.id;
  const leader = w.people.leaderSameGroup.member.id;
  // Tổ A's meeting, minutes signed, the member invited: his decisions, one done, one the leader's.
  const signed = await makeMeeting(w, { status: "MINUTES_SIGNED", invite: [member, leader] });
  // A BCH meeting the member was not invited to: a decision he owns, but the meeting he may not open.
  const bch = await makeMeeting(w, { groupId: null, status: "MINUTES_SIGNED", chairMemberId: null });
  // Draft minutes: only their readers (BCH, the tổ's leader, chủ trì, thư ký) see its decisions.
  const draft = await makeMeeting(w, { status: "MINUTES_DRAFT", invite: [member, leader] });
  await db.meeting.update({ where: { id: draft.id }, data: { startsAt: at8(-20) } });
  // Another unit's meeting: nothing of it reaches this unit's member.
  const other = await db.meeting.create({
    data: {
      unitId: w.otherUnit.id,
      type: "BCH_REGULAR",
      year: THIS_YEAR,
      number: 9_000_001,
      title: "Họp đơn vị khác",
      startsAt: at8(-20),
      place: "Nơi khác",
      status: "MINUTES_SIGNED",
    },
  });
  Object.assign(ids, { signed: signed.id, bch: bch.id, draft: draft.id });
  await db.meetingDecision.createMany({
    data: [
      {
        meetingId: signed.id,
        content: "Nộp giáo án mẫu",
        assigneeMemberId: member,
        dueOn: daysFromToday(-3),
      },
      {
        meetingId: signed.id,
        content: "Dự giờ đồng nghiệp",
        assigneeMemberId: member,
        dueOn: daysFromToday(5),
      },
      {
        meetingId: signed.id,
        content: "Đã xong rồi",
        assigneeMemberId: member,
        dueOn: daysFromToday(-9),
        isDone: true,
        doneOn: daysFromToday(-10),
      },
      {
        meetingId: signed.id,
        content: "Việc của tổ trưởng",
        assigneeMemberId: leader,
        dueOn: daysFromToday(-10),
      },
      {
        meetingId: bch.id,
        content: "Báo cáo phong trào",
        assigneeMemberId: member,
        dueOn: daysFromToday(30),
      },
      {
        meetingId: draft.id,
        content: "Việc trong biên bản nháp",
        assigneeMemberId: member,
        dueOn: daysFromToday(2),
      },
      {
        meetingId: other.id,
        content: "Việc đơn vị khác",
        assigneeMemberId: member,
        dueOn: daysFromToday(-1),
      },
    ],
  });
  // Meetings ahead: tomorrow (invited), in six days (invited, the window's last day), in seven days
  // (invited, outside the week), tomorrow (not invited).
  for (const [key, days, invite] of [
    ["tomorrow", 1, [member]],
    ["day6", 6, [member]],
    ["day7", 7, [member]],
    ["notInvited", 1, [leader]],
  ] as const) {
    const m = await makeMeeting(w, { status: "PLANNED", invite: [...invite] });
    await db.meeting.update({ where: { id: m.id }, data: { startsAt: at8(days), title: `Họp ${key}` } });
    ids[key] = m.id;
  }
  // This year's emulation: registration open for 20 days more, self-assessment closing in 12; the
  // member's registration came back from the BCH.
  const year = await ensureYear(w.unit.id, {
    year: THIS_YEAR,
    deadline: isoDay(daysFromToday(20)),
    opens: isoDay(daysFromToday(-10)),
    closes: isoDay(daysFromToday(12)),
  });
  await db.emulationRegistration.create({
    data: {
      yearId: year.id,
      subjectKey: `m:${member}`,
      memberId: member,
      state: "RETURNED",
      firstSubmittedAt: SUITE_MOMENT,
      submittedAt: SUITE_MOMENT,
      decidedAt: SUITE_MOMENT,
      returnReason: RETURN_REASON,
    },
  });
  // Opinions: the member's answered 3 and 40 days ago, his unanswered one, another member's answer.
  const ago = (days: number) => new Date(SUITE_MOMENT.getTime() - days * 24 * HOUR);
  const base = { unitId: w.unit.id, body: "Nội dung", status: "ANSWERED" as const };
  await db.opinion.createMany({
    data: [
      {
        ...base,
        senderMemberId: member,
        topic: "Máy chiếu",
        answer: "Đã sửa máy chiếu.",
        answeredAt: ago(3),
      },
      { ...base, senderMemberId: member, topic: "Bãi xe", answer: "Đã trả lời lâu.", answeredAt: ago(40) },
      { ...base, senderMemberId: member, topic: "Chưa trả lời", status: "NEW" },
      {
        ...base,
        senderMemberId: leader,
        topic: "Của tổ trưởng",
        answer: "Không phải của bạn.",
        answeredAt: ago(1),
      },
    ],
  });
}, 60_000);

describe("findMyWork: the member's own items, most urgent first", () => {
  it("lists the member's open decisions, his returned registration, the week's meetings and the window", async () => {
    const items = await findMyWork(await actorOf(w.people.member.user.id));
    expect(view(items)).toEqual([
      {
        kind: "decision",
        title: "Nộp giáo án mẫu",
        badge: "Quá hạn 3 ngày",
        href: `/meetings/${ids.signed}`,
      },
      { kind: "emulation", title: "Sửa bản đăng ký bị trả lại", badge: "Cần sửa", href: "/me/emulation" },
      { kind: "meeting", title: "Họp tomorrow", badge: "Ngày mai", href: `/meetings/${ids.tomorrow}` },
      { kind: "decision", title: "Dự giờ đồng nghiệp", badge: "Còn 5 ngày", href: `/meetings/${ids.signed}` },
      { kind: "meeting", title: "Họp day6", badge: "Còn 6 ngày", href: `/meetings/${ids.day6}` },
      {
        kind: "emulation",
        title: `Tự đánh giá, xếp loại năm ${THIS_YEAR}`,
        badge: "Còn 12 ngày",
        href: "/me/emulation/assessment",
      },
      // He owns it but was not invited to the BCH meeting: shown, without a link he could not open.
      { kind: "decision", title: "Báo cáo phong trào", badge: "Còn 30 ngày", href: null },
    ]);
    expect(items[1].detail).toBe(`Ban Chấp hành trả lại: ${RETURN_REASON}`);
  });

  it("never shows another member's decision, a done one, a draft's, or another unit's", async () => {
    const titles = (await findMyWork(await actorOf(w.people.member.user.id))).map((i) => i.title);
    for (const hidden of [
      "Việc của tổ trưởng",
      "Đã xong rồi",
      "Việc trong biên bản nháp",
      "Việc đơn vị khác",
      "Họp day7",
      "Họp notInvited",
    ])
      expect(titles).not.toContain(hidden);
  });

  it("a tổ trưởng sees his own decision and the minutes he chairs, not his tổ members' decisions", async () => {
    const items = await findMyWork(await actorOf(w.people.leaderSameGroup.user.id));
    const mine = view(items.filter((i) => i.kind === "decision" || i.kind === "minutes"));
    expect(mine).toEqual([
      // The draft meeting's minutes (20 days ago) wait for him as chủ trì.
      expect.objectContaining({ kind: "minutes", badge: "Chờ ký", href: `/meetings/${ids.draft}` }),
      {
        kind: "decision",
        title: "Việc của tổ trưởng",
        badge: "Quá hạn 10 ngày",
        href: `/meetings/${ids.signed}`,
      },
    ]);
    expect(items.find((i) => i.kind === "minutes")!.detail).toBe(
      `Họp ngày ${typed(daysFromToday(-20))}; bạn là chủ trì.`,
    );
  });

  it("an ủy viên BCH who is thư ký sees the minutes to sign as thư ký, and no one's decisions", async () => {
    const items = await findMyWork(await actorOf(w.people.bchMember.user.id));
    expect(items.filter((i) => i.kind === "decision")).toEqual([]);
    expect(items.filter((i) => i.kind === "minutes").map((i) => [i.href, i.detail])).toEqual([
      [`/meetings/${ids.draft}`, `Họp ngày ${typed(daysFromToday(-20))}; bạn là thư ký.`],
    ]);
  });

  it("the chair of another unit sees none of this unit's items", async () => {
    const items = await findMyWork(await actorOf(w.people.chairOfOtherUnit.user.id));
    expect(items.filter((i) => i.kind !== "emulation")).toEqual([]);
  });
});

describe("findMyRecentAnswers", () => {
  it("shows the answers to the member's own opinions from the last 30 days only", async () => {
    const answers = await findMyRecentAnswers(await actorOf(w.people.member.user.id));
    expect(answers.map((a) => [a.topic, a.answer])).toEqual([["Máy chiếu", "Đã sửa máy chiếu."]]);
  });
  it("does not show another member's answers", async () => {
    const answers = await findMyRecentAnswers(await actorOf(w.people.leaderSameGroup.user.id));
    expect(answers.map((a) => a.topic)).toEqual(["Của tổ trưởng"]);
  });
});
