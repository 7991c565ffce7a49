// The year dashboard's counts (lib/dashboard): every figure is worked out here from the records the
// test makes, for the unit (BCH, UBKT), for one tổ (its tổ trưởng: scoped in SQL), and refused to
// those who may not see it. The lists the tiles open show the same rows (the URL filters).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/lib/auth/current-user";
import { getBoard } from "@/lib/dashboard/board";
import { dashboardScope, type DashboardScope } from "@/lib/dashboard/scope";
import { dueTiles } from "@/lib/dashboard/tiles";
import { db } from "@/lib/db";
import { findOverdueDecisions } from "@/lib/meetings/stats-queries";
import { listGroupReviews } from "@/lib/rating/groups/queries";
import { assessed, ensureYear, registered } from "./helpers/emulation-fixtures";
import { ensureRatingYear, openedReview, ratedMember } from "./helpers/rating-fixtures";
import { buildWorld, type World } from "./helpers/world";
import { makeGroup, makeMember, makeUnit } from "../factories/records";
import { makeWelfareBudget, makeWelfareCategory, makeWelfareVisit } from "../factories/welfare";
import { SUITE_MOMENT, THIS_YEAR, TODAY } from "../support/today";

const DAY = 86_400_000;
const plus = (n: number) => new Date(TODAY.getTime() + n * DAY);
let seq = 0;

let w: World;
let groupC: { id: string };
const ids: Record<string, string> = {};

async function meeting(o: {
  groupId: string | null;
  status: "PLANNED" | "HELD" | "MINUTES_DRAFT" | "MINUTES_SIGNED";
  startsAt: Date;
  year?: number;
  invite?: { memberId: string; present: boolean }[];
}) {
  return db.meeting.create({
    data: {
      unitId: w.unit.id,
      groupId: o.groupId,
      type: o.groupId ? "GROUP" : "BCH_REGULAR",
      year: o.year ?? THIS_YEAR,
      number: 70_000 + ++seq,
      title: `Họp thử bảng tổng quan ${randomUUID().slice(0, 6)}`,
      startsAt: o.startsAt,
      place: "Phòng họp",
      status: o.status,
      invitees: o.invite && {
        create: o.invite.map((i) => ({ memberId: i.memberId, attendance: i.present ? "PRESENT" : "ABSENT" })),
      },
    },
  });
}

const mBidEarly = () => w.people.bchMember.member.id;

const decision = (meetingId: string, dueOn: Date | null, isDone = false) =>
  db.meetingDecision.create({
    data: { meetingId, content: `Việc ${randomUUID().slice(0, 6)}`, dueOn, isDone },
  });

beforeAll(async () => {
  w = await buildWorld();
  const unitId = w.unit.id;
  const a = w.groupA.id;
  const b = w.groupB.id;
  groupC = await makeGroup(db, unitId, `Tổ Đếm ${randomUUID().slice(0, 6)}`);
  const inA = () => makeMember(db, { unitId, groupId: a });

  // Meetings: A signed (tổ A), B draft minutes (BCH), C held without minutes (tổ A), D draft (tổ A).
  const attendees = await Promise.all([inA(), inA(), inA(), inA()]);
  const mA = await meeting({
    groupId: a,
    status: "MINUTES_SIGNED",
    startsAt: new Date(`${THIS_YEAR}-05-04T01:00:00Z`),
  });
  const mB = await meeting({
    groupId: null,
    status: "MINUTES_DRAFT",
    startsAt: new Date(`${THIS_YEAR}-05-12T01:00:00Z`),
    invite: attendees.slice(0, 2).map((m, i) => ({ memberId: m.id, present: i === 0 })),
  });
  await meeting({
    groupId: a,
    status: "HELD",
    startsAt: new Date(`${THIS_YEAR}-03-10T02:00:00Z`),
    invite: attendees.map((m, i) => ({ memberId: m.id, present: i < 3 })),
  });
  await meeting({
    groupId: a,
    status: "MINUTES_DRAFT",
    startsAt: new Date(`${THIS_YEAR}-03-20T02:00:00Z`),
    invite: attendees.slice(0, 2).map((m, i) => ({ memberId: m.id, present: i === 0 })),
  });
  // 20:00 UTC on 31/12 is 03:00 on 01/01 in Vietnam: January of this year.
  await meeting({
    groupId: null,
    status: "MINUTES_SIGNED",
    startsAt: new Date(`${THIS_YEAR - 1}-12-31T20:00:00Z`),
  });
  // Tổ B's sinh hoạt: on neither tổ A's chart nor the unit's (which draws the unit's own meetings).
  await meeting({
    groupId: b,
    status: "MINUTES_SIGNED",
    startsAt: new Date(`${THIS_YEAR}-05-20T01:00:00Z`),
    invite: [{ memberId: mBidEarly(), present: true }],
  });
  // Last year's meeting and a planned one count in no month.
  await meeting({
    groupId: a,
    status: "MINUTES_SIGNED",
    startsAt: new Date(`${THIS_YEAR - 1}-06-01T02:00:00Z`),
    year: THIS_YEAR - 1,
  });
  // Planned: two days ahead (next meetings), three days ago (not "next").
  const soon = await meeting({
    groupId: a,
    status: "PLANNED",
    startsAt: new Date(plus(2).getTime() + 2 * 3_600_000),
    year: plus(2).getUTCFullYear(),
  });
  ids.soon = soon.id;
  await meeting({ groupId: a, status: "PLANNED", startsAt: plus(-3), year: plus(-3).getUTCFullYear() });

  // Decisions of A (tổ A): overdue 1, this week 2 (today, today + 6); done, next week and undated count nowhere.
  ids.overdueA = (await decision(mA.id, plus(-1))).id;
  await decision(mA.id, plus(-30), true);
  ids.weekA1 = (await decision(mA.id, plus(0))).id;
  ids.weekA2 = (await decision(mA.id, plus(6))).id;
  await decision(mA.id, plus(7));
  await decision(mA.id, null);
  // Decisions of B (BCH): overdue 1, this week 1.
  ids.overdueB = (await decision(mB.id, plus(-5))).id;
  ids.weekB = (await decision(mB.id, plus(3))).id;

  // Welfare: X has a dự toán in two funds; Y none; Z a dự toán and nothing spent; W nothing at all.
  const X = await makeWelfareCategory(db, unitId, { name: `Ốm đau ${randomUUID().slice(0, 4)}` });
  const Y = await makeWelfareCategory(db, unitId, { name: `Hiếu ${randomUUID().slice(0, 4)}` });
  const Z = await makeWelfareCategory(db, unitId, { name: `Hỉ ${randomUUID().slice(0, 4)}` });
  await makeWelfareCategory(db, unitId, { name: `Khác ${randomUUID().slice(0, 4)}` });
  ids.X = X.id;
  ids.Y = Y.id;
  ids.Z = Z.id;
  // The dự toán lives in the fund (decision 0076): the dashboard must read it from there.
  for (const b of [
    { categoryId: X.id, fund: "UNION_FUND" as const, amount: 1_000_000, year: THIS_YEAR },
    { categoryId: X.id, fund: "EMPLOYER" as const, amount: 500_000, year: THIS_YEAR },
    { categoryId: Z.id, fund: "UNION_FUND" as const, amount: 700_000, year: THIS_YEAR },
    { categoryId: Y.id, fund: "UNION_FUND" as const, amount: 9_000_000, year: THIS_YEAR - 1 },
  ])
    await makeWelfareBudget(db, { unitId, ...b });
  const mAid = attendees[0].id;
  const mBid = w.people.bchMember.member.id;
  const visit = (
    memberId: string,
    categoryId: string,
    state: "PROPOSED" | "APPROVED" | "DONE" | "CANCELLED",
    amount: number,
    eventOn = `${THIS_YEAR}-02-01`,
  ) => makeWelfareVisit(db, { unitId, memberId, categoryId, state, amount, eventOn });
  await visit(mAid, X.id, "DONE", 600_000);
  await visit(mBid, X.id, "APPROVED", 300_000);
  await visit(mAid, X.id, "PROPOSED", 200_000);
  await visit(mBid, X.id, "PROPOSED", 200_000);
  await visit(mAid, X.id, "CANCELLED", 1_000_000);
  await visit(mAid, X.id, "DONE", 999, `${THIS_YEAR - 1}-12-31`);
  await visit(mBid, Y.id, "DONE", 100_000);

  // Opinions: 2 new, 1 in progress, 1 answered; another unit's new one.
  const other = await makeUnit(db);
  await makeGroup(db, other.id);
  for (const [unit, status] of [
    [unitId, "NEW"],
    [unitId, "NEW"],
    [unitId, "IN_PROGRESS"],
    [unitId, "ANSWERED"],
    [other.id, "NEW"],
  ] as const)
    await db.opinion.create({
      data: { unitId: unit, topic: "Chỗ để xe", body: "Xin thêm mái che.", status },
    });

  // Emulation of this year: tổ C has 4 active members, 2 registrations sent, 1 self-assessment.
  const year = await ensureYear(unitId, { year: THIS_YEAR });
  await registered(unitId, groupC.id, year.id, "SUBMITTED");
  await registered(unitId, groupC.id, year.id, "DRAFT");
  await assessed(unitId, groupC.id, year.id);
  await makeMember(db, { unitId, groupId: groupC.id });
  await makeMember(db, { unitId, groupId: groupC.id, status: "LEFT" }); // not active: not counted

  // Rating: tổ A reviewing (draft), tổ C sent, tổ B not opened; archived D (no ratings) drops out,
  // archived E (a rating of the year) stays in.
  const { ratingYear } = await ensureRatingYear(unitId, THIS_YEAR);
  await openedReview(unitId, a, THIS_YEAR);
  const c = await openedReview(unitId, groupC.id, THIS_YEAR);
  await db.groupReview.update({ where: { id: c.review.id }, data: { state: "SUBMITTED" } });
  const D = await makeGroup(db, unitId);
  const E = await makeGroup(db, unitId);
  ids.E = E.id;
  const r1 = await ratedMember(unitId, a, THIS_YEAR);
  await ratedMember(unitId, a, THIS_YEAR);
  await ratedMember(unitId, E.id, THIS_YEAR, { assessed: false });
  await db.group.updateMany({ where: { id: { in: [D.id, E.id] } }, data: { archivedAt: SUITE_MOMENT } });
  const top = await db.emulationLevel.findFirstOrThrow({
    where: { yearId: year.id },
    orderBy: { position: "asc" },
  });
  ids.topLevel = top.name;
  await db.memberRating.update({ where: { id: r1.rating.id }, data: { finalLevel: top.name } });
  ids.ratingYear = ratingYear.id;
});

const actorOf = async (k: keyof World["people"]) => (await loadActor(w.people[k].user.id))!;
const unitScope = (): DashboardScope => ({ kind: "unit", unitId: w.unit.id });
const groupScope = (groupId: string): DashboardScope => ({ kind: "group", unitId: w.unit.id, groupId });

describe("who sees which dashboard", () => {
  it("the BCH and the UBKT see the unit's; a tổ trưởng their tổ; a member and another tổ are refused", async () => {
    expect(dashboardScope(await actorOf("chair"))).toEqual(unitScope());
    expect(dashboardScope(await actorOf("ubkt"))).toEqual(unitScope());
    expect(dashboardScope(await actorOf("bchMember"))).toEqual(unitScope());
    const leader = await actorOf("leaderSameGroup");
    expect(dashboardScope(leader)).toEqual(groupScope(w.groupA.id));
    expect(dashboardScope(leader, w.groupA.id)).toEqual(groupScope(w.groupA.id));
    expect(dashboardScope(leader, w.groupB.id)).toBeNull();
    expect(dashboardScope(await actorOf("member"))).toBeNull();
    // The chair of another unit sees their own unit only.
    expect(dashboardScope(await actorOf("chairOfOtherUnit"))).toEqual({
      kind: "unit",
      unitId: (await actorOf("chairOfOtherUnit")).unitId,
    });
  });
});

describe("the unit's dashboard", () => {
  it("counts decisions, meetings, welfare and opinions as made above", async () => {
    const b = await getBoard(unitScope());
    expect(b.decisions).toEqual({ overdue: 2, week: 3 });
    // Minutes to sign: B and D; held without minutes: C and the tổ bình xét meetings of A and C
    // (openedReview holds them). The other unit's opinion is not counted.
    expect(b.meetings).toEqual({ toSign: 2, noMinutes: 3 });
    expect(b.welfare).toEqual({ proposed: 2, approved: 1 });
    expect(b.opinions).toEqual({ fresh: 2, inProgress: 1 });
    expect(b.upcoming.map((m) => m.id)).toEqual([ids.soon]);
  });

  it("draws attendance by month in Vietnam time, welfare against the dự toán, and the rating spread", async () => {
    const b = await getBoard(unitScope());
    const month = (n: number) => b.attendance[n - 1];
    expect(b.attendance).toHaveLength(12);
    // The unit's own meetings only: January (31/12 20:00 UTC) and B in May; tổ meetings are not drawn.
    expect(month(1)).toEqual({ month: 1, held: 1, invited: 0, present: 0 });
    expect(month(5)).toEqual({ month: 5, held: 1, invited: 2, present: 1 });
    expect(b.attendance.filter((m) => ![1, 5].includes(m.month)).every((m) => m.held === 0)).toBe(true);
    // W (nothing planned, nothing spent) is left out; last year's dự toán and visits count nowhere.
    expect([...b.budget!].sort((x, y) => x.id.localeCompare(y.id))).toEqual(
      [
        { id: ids.X, budget: 1_500_000, done: 600_000, approved: 300_000 },
        { id: ids.Y, budget: 0, done: 100_000, approved: 0 },
        { id: ids.Z, budget: 700_000, done: 0, approved: 0 },
      ]
        .sort((x, y) => x.id.localeCompare(y.id))
        .map((l) => expect.objectContaining(l)),
    );
    const p = b.progress!;
    expect(p.levels!.rated).toBe(3);
    expect(p.levels!.undecided).toBe(2);
    expect(p.levels!.spread.find((s) => s.level === ids.topLevel)?.count).toBe(1);
    expect(p.levels!.spread.reduce((n, s) => n + s.count, 0)).toBe(1);
  });

  it("counts the year's stages: registrations and self-assessments by tổ, tổ reviews sent", async () => {
    const b = await getBoard(unitScope());
    const p = b.progress!;
    expect(p.year.year).toBe(THIS_YEAR);
    expect(p.byGroup.find((g) => g.groupId === groupC.id)).toEqual(
      expect.objectContaining({ members: 4, registered: 2, assessed: 1 }),
    );
    // Every tổ against plain counts of what the database holds.
    for (const g of p.byGroup) {
      const active = { unitId: w.unit.id, groupId: g.groupId, status: "ACTIVE" as const };
      expect(g.members, g.groupName).toBe(await db.member.count({ where: active }));
      expect(g.registered, g.groupName).toBe(
        await db.emulationRegistration.count({
          where: { yearId: p.year.id, member: active, state: { not: "DRAFT" } },
        }),
      );
      expect(g.assessed, g.groupName).toBe(
        await db.emulationSelfAssessment.count({
          where: { yearId: p.year.id, member: active, state: "SUBMITTED" },
        }),
      );
    }
    // Tổ A, B, C and archived E (it holds a rating); archived D drops out. Only C has sent.
    expect(p.reviews).toEqual({ total: 4, sent: 1 });
    const stage = Object.fromEntries(p.stages.map((s) => [s.key, s]));
    expect(stage.review).toEqual(expect.objectContaining({ done: 1, of: 4, state: expect.any(String) }));
    expect(stage.decision).toEqual(expect.objectContaining({ done: 1, of: 3 }));
    expect(stage.finalised.state).toBe("upcoming");
    expect(stage.published.state).toBe("upcoming");
    expect(p.stages.filter((s) => s.state === "current")).toHaveLength(1);
  });

  it("gives every tile a link to its list, and the lists show the same rows", async () => {
    const chair = await actorOf("chair");
    const b = await getBoard(unitScope());
    const tiles = Object.fromEntries(dueTiles(b).map((t) => [t.key, t]));
    expect(tiles["decisions-overdue"]).toEqual(
      expect.objectContaining({ value: 2, href: "/meetings/decisions" }),
    );
    expect(tiles["decisions-week"]).toEqual(
      expect.objectContaining({ value: 3, href: "/meetings/decisions?due=week" }),
    );
    expect(tiles["welfare-proposed"].href).toBe("/welfare?state=PROPOSED");
    expect(tiles["opinions-new"]).toEqual(
      expect.objectContaining({ value: 2, href: "/opinions?status=NEW" }),
    );
    expect(tiles["minutes-to-sign"].href).toBe("/meetings?status=MINUTES_DRAFT");
    expect(tiles["reviews-pending"]).toEqual(
      expect.objectContaining({ value: 3, href: `/rating/groups?year=${THIS_YEAR}&pending=1` }),
    );
    const overdue = await findOverdueDecisions(chair);
    expect(overdue.map((d) => d.id).sort()).toEqual([ids.overdueA, ids.overdueB].sort());
    const week = await findOverdueDecisions(chair, { due: "week" });
    expect(week.map((d) => d.id).sort()).toEqual([ids.weekA1, ids.weekA2, ids.weekB].sort());
    const reviews = await listGroupReviews(chair, { id: ids.ratingYear }, { q: "", page: 1, pending: "1" });
    expect(reviews.rows.map((r) => r.id).sort()).toEqual([w.groupA.id, w.groupB.id, ids.E].sort());
  });
});

describe("the tổ trưởng's dashboard", () => {
  it("counts their tổ only, in SQL, with no opinions and no welfare budget", async () => {
    const b = await getBoard(groupScope(w.groupA.id));
    expect(b.decisions).toEqual({ overdue: 1, week: 2 });
    expect(b.meetings).toEqual({ toSign: 1, noMinutes: 2 }); // C and tổ A's bình xét meeting
    expect(b.welfare).toEqual({ proposed: 1, approved: 0 });
    expect(b.opinions).toBeNull();
    expect(b.budget).toBeNull();
    expect(b.upcoming.map((m) => m.id)).toEqual([ids.soon]);
    expect(b.attendance[2]).toEqual({ month: 3, held: 2, invited: 6, present: 4 });
    expect(b.attendance[4]).toEqual({ month: 5, held: 1, invited: 0, present: 0 });
    expect(b.attendance[0].held).toBe(0); // the unit's January meeting is not the tổ's
    const p = b.progress!;
    expect(p.byGroup.map((g) => g.groupId)).toEqual([w.groupA.id]);
    expect(p.reviews).toEqual({ total: 1, sent: 0 });
    expect(p.levels!.rated).toBe(2);
    expect(p.levels!.undecided).toBe(1);
  });

  it("another tổ's dashboard holds none of tổ A's work", async () => {
    const b = await getBoard(groupScope(w.groupB.id));
    expect(b.decisions).toEqual({ overdue: 0, week: 0 });
    expect(b.meetings).toEqual({ toSign: 0, noMinutes: 0 });
    expect(b.welfare).toEqual({ proposed: 1, approved: 1 });
    expect(b.upcoming).toEqual([]);
  });

  it("links its tiles to the lists filtered to the tổ, and those lists agree", async () => {
    const leader = await actorOf("leaderSameGroup");
    const a = w.groupA.id;
    const tiles = Object.fromEntries(dueTiles(await getBoard(groupScope(a))).map((t) => [t.key, t]));
    expect(tiles["decisions-overdue"].href).toBe(`/meetings/decisions?group=${a}`);
    expect(tiles["decisions-week"].href).toBe(`/meetings/decisions?due=week&group=${a}`);
    expect(tiles["welfare-proposed"].href).toBe(`/welfare?state=PROPOSED&group=${a}`);
    expect(tiles["minutes-to-sign"].href).toBe(`/meetings?status=MINUTES_DRAFT&group=${a}`);
    expect(tiles["reviews-pending"]).toEqual(
      expect.objectContaining({ value: 1, href: `/rating/groups/${a}?year=${THIS_YEAR}` }),
    );
    expect(tiles["opinions-new"]).toBeUndefined();
    const overdue = await findOverdueDecisions(leader, { group: a });
    expect(overdue.map((d) => d.id)).toEqual([ids.overdueA]);
    const week = await findOverdueDecisions(leader, { due: "week", group: a });
    expect(week.map((d) => d.id).sort()).toEqual([ids.weekA1, ids.weekA2].sort());
    // The list stays within what the leader may read: tổ B's filter yields nothing of the BCH's.
    expect(await findOverdueDecisions(leader, { group: w.groupB.id })).toEqual([]);
  });
});
