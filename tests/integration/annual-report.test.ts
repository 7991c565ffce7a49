// The báo cáo tổng kết (lib/reports/annual) against the real database: every figure of the
// generated report checked against SQL written here independently; a change in the records shows in
// a regenerated report; the narrative's rules (drafts, version, final, reopen) and their refusals
// with the database left exactly as it was.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as annualGet } from "@/app/api/reports/annual/route";
import { getActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { ActionResult } from "@/lib/errors";
import { MEETING_TYPE_LABELS } from "@/lib/meetings/labels";
import {
  finaliseAnnualReportAction,
  reopenAnnualReportAction,
  saveAnnualSectionAction,
} from "@/lib/reports/annual/actions";
import { loadAnnualPaper } from "@/lib/reports/annual/queries";
import { FUND_LABELS } from "@/lib/welfare/labels";
import { makeFundEntry } from "../factories/fund";
import { makeMember } from "../factories/records";
import { makeWelfareCategory, makeWelfareVisit } from "../factories/welfare";
import { LAST_YEAR, THIS_YEAR } from "../support/today";
import { assessed, ensureYear, registered } from "./helpers/emulation-fixtures";
import { makeMeeting } from "./helpers/meetings-fixtures";
import { ensureRatingYear, LEVELS, membersAt } from "./helpers/rating-fixtures";
import { reportText } from "./helpers/report-text";
import { callRoute, readDocx } from "./helpers/route-matrix-kit";
import { actAs } from "./helpers/session";
import { lastAuditId } from "./helpers/snapshot";
import { snapshotAll } from "./helpers/unit-snapshot";
import { buildWorld, type World } from "./helpers/world";

let w: World;
const Y = LAST_YEAR;
const FROM = new Date(`${Y}-01-01T00:00:00Z`);
const TO = new Date(`${Y + 1}-01-01T00:00:00Z`);
/** Vietnam midnight of 01/01 as a moment. */
const M_FROM = new Date(`${Y}-01-01T00:00:00+07:00`);
const M_TO = new Date(`${Y + 1}-01-01T00:00:00+07:00`);
let pendingVisitId = "";
let welfareCategoryName = "";

const num = (n: number) => String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
const money = (n: number) => `${num(n)} ₫`;
const pct = (a: number, b: number) =>
  b > 0 ? `${(Math.round((a / b) * 1000) / 10).toLocaleString("vi-VN")} %` : "—";

async function generate() {
  actAs(w.people.chair.user.id);
  const actor = (await getActor())!;
  return reportText((await loadAnnualPaper(actor, Y)).doc);
}

async function refused(run: () => Promise<ActionResult<unknown>>) {
  const [before, mark] = [await snapshotAll(w.unitIds), await lastAuditId()];
  const r = await run();
  expect(await snapshotAll(w.unitIds)).toEqual(before);
  expect(await lastAuditId()).toBe(mark);
  return r;
}

const one = async <T>(q: Promise<T[]>) => (await q)[0];

beforeAll(async () => {
  w = await buildWorld();
  const unitId = w.unit.id;
  // Membership: one admitted in the year, one who left in it.
  await makeMember(db, { unitId, groupId: w.groupA.id, joinedUnionOn: `${Y}-03-01`, gender: "FEMALE" });
  const leaver = await makeMember(db, { unitId, groupId: w.groupB.id, isPartyMember: true });
  await db.member.update({ where: { id: leaver.id }, data: { status: "LEFT" } });
  await db.groupMembership.updateMany({
    where: { memberId: leaver.id },
    data: { endOn: new Date(`${Y}-05-10T00:00:00Z`) },
  });
  await db.memberEvent.create({
    data: {
      memberId: leaver.id,
      type: "LEFT",
      effectiveOn: new Date(`${Y}-05-10T00:00:00Z`),
      fromGroupId: w.groupB.id,
    },
  });
  // Meetings: two held in the year (one with decisions), one planned, one of the year before.
  const p = w.people;
  const invite = [p.member.member.id, p.leaderSameGroup.member.id, p.bchMember.member.id];
  const held = await makeMeeting(w, { invite });
  await db.meeting.update({
    where: { id: held.id },
    data: { startsAt: new Date(`${Y}-04-10T02:00:00Z`), year: Y },
  });
  await db.meetingInvitee.updateMany({ where: { meetingId: held.id }, data: { attendance: "ABSENT" } });
  await db.meetingInvitee.updateMany({
    where: { meetingId: held.id, memberId: { in: invite.slice(0, 2) } },
    data: { attendance: "PRESENT" },
  });
  const bch = await makeMeeting(w, { groupId: null, invite: [p.chair.member.id] });
  await db.meeting.update({
    where: { id: bch.id },
    data: { startsAt: new Date(`${Y}-01-01T01:00:00Z`), year: Y },
  });
  await db.meetingInvitee.updateMany({ where: { meetingId: bch.id }, data: { attendance: "PRESENT" } });
  const planned = await makeMeeting(w, { status: "PLANNED" });
  await db.meeting.update({
    where: { id: planned.id },
    data: { startsAt: new Date(`${Y}-12-20T02:00:00Z`), year: Y },
  });
  const before = await makeMeeting(w, { invite });
  await db.meeting.update({ where: { id: before.id }, data: { startsAt: new Date(`${Y}-12-31T17:30:00Z`) } });
  await db.meetingDecision.createMany({
    data: [
      { meetingId: held.id, content: "Việc đã xong", isDone: true, dueOn: new Date(`${Y}-05-01T00:00:00Z`) },
      { meetingId: held.id, content: "Việc quá hạn", isDone: false, dueOn: new Date(`${Y}-06-01T00:00:00Z`) },
      {
        meetingId: held.id,
        content: "Việc trong hạn",
        isDone: false,
        dueOn: new Date("2099-01-01T00:00:00Z"),
      },
      {
        meetingId: before.id,
        content: "Việc năm sau",
        isDone: false,
        dueOn: new Date(`${Y}-06-01T00:00:00Z`),
      },
    ],
  });
  // Opinions: three of the year, one from the year after (17:30 UTC on 31/12 is 00:30 on 01/01 in Vietnam).
  const opinion = (status: "NEW" | "IN_PROGRESS" | "ANSWERED", createdAt: string) =>
    db.opinion.create({
      data: { unitId, topic: "Ý kiến", body: "Nội dung", status, createdAt: new Date(createdAt) },
    });
  await opinion("NEW", `${Y}-02-01T03:00:00Z`);
  await opinion("IN_PROGRESS", `${Y}-07-01T03:00:00Z`);
  await opinion("ANSWERED", `${Y}-09-01T03:00:00Z`);
  await opinion("ANSWERED", `${Y}-12-31T17:30:00Z`);
  // Welfare: two paid in the year, one proposed (paid later in the test), one paid the year after.
  const cat = await makeWelfareCategory(db, unitId, { rate: { defaultAmount: 500_000 } });
  welfareCategoryName = cat.name;
  const visit = (eventOn: string, amount: number, state: "DONE" | "PROPOSED", fund?: "EMPLOYER") =>
    makeWelfareVisit(db, {
      unitId,
      memberId: p.member.member.id,
      categoryId: cat.id,
      eventOn,
      amount,
      state,
      fund,
    });
  await visit(`${Y}-03-05`, 500_000, "DONE");
  await visit(`${Y}-11-20`, 700_000, "DONE", "EMPLOYER");
  pendingVisitId = (await visit(`${Y}-12-01`, 300_000, "PROPOSED")).id;
  await visit(`${Y + 1}-01-02`, 900_000, "DONE");
  // Emulation and rating of the year.
  const ey = await ensureYear(unitId, { year: Y });
  const approved = await assessed(unitId, w.groupA.id, ey.id);
  await registered(unitId, w.groupA.id, ey.id, "SUBMITTED");
  await registered(unitId, w.groupB.id, ey.id, "RETURNED");
  const { ratingYear } = await ensureRatingYear(unitId, Y);
  // Titles: one given by the CĐCS, one proposed to the cấp trên, one refused (not printed).
  const title = (name: string, sortOrder: number) =>
    db.emulationTitle.create({ data: { unitId, name, scope: "INDIVIDUAL", level: "CDCS", sortOrder } });
  const [ldtt, cstd] = [await title("Lao động tiên tiến", 1), await title("Chiến sĩ thi đua cơ sở", 2)];
  const award = (titleId: string, result: "ACHIEVED" | "PROPOSED_HIGHER" | "NOT_ACHIEVED") =>
    db.titleAward.create({
      data: { ratingYearId: ratingYear.id, registrationId: approved.reg.id, titleId, result },
    });
  await award(ldtt.id, "ACHIEVED");
  await award(cstd.id, "PROPOSED_HIGHER");
  await award((await title("Lao động xuất sắc", 3)).id, "NOT_ACHIEVED");
  await membersAt(unitId, w.groupB.id, ratingYear.id, [LEVELS.excellent, LEVELS.good, LEVELS.good, null]);
  // Money: đoàn phí paid and remitted, the fund's entries before and in the year.
  await db.duesPayment.create({
    data: {
      unitId,
      memberId: p.member.member.id,
      groupId: w.groupA.id,
      month: new Date(`${Y}-02-01T00:00:00Z`),
      amount: 45_000,
      method: "CASH",
      paidOn: new Date(`${Y}-02-10T00:00:00Z`),
    },
  });
  await db.duesRemittance.create({
    data: {
      unitId,
      fromMonth: new Date(`${Y}-01-01T00:00:00Z`),
      toMonth: new Date(`${Y}-06-01T00:00:00Z`),
      amount: 13_500,
      paidOn: new Date(`${Y}-07-05T00:00:00Z`),
      account: "BANK",
    },
  });
  await makeFundEntry(db, { unitId, code: "DUES", date: `${Y - 1}-12-15`, amount: 2_000_000 });
  await makeFundEntry(db, { unitId, code: "DUES", date: `${Y}-03-15`, amount: 1_500_000 });
  await makeFundEntry(db, { unitId, code: "WELFARE", date: `${Y}-04-15`, amount: 600_000 });
}, 120_000);

describe("every figure of the báo cáo tổng kết", () => {
  it("matches SQL written here", async () => {
    const text = await generate();
    const u = w.unit.id;
    // Members: by their admission day and the events of the year, not the tổ memberships the report reads.
    const m = await one(
      db.$queryRaw<
        { opening: number; admitted: number; left: number; closing: number; female: number; party: number }[]
      >`
        SELECT
          count(*) FILTER (WHERE "joinedUnionOn" < ${FROM})::int AS opening,
          count(*) FILTER (WHERE "joinedUnionOn" >= ${FROM} AND "joinedUnionOn" < ${TO})::int AS admitted,
          count(*) FILTER (WHERE status = 'LEFT')::int AS left,
          count(*) FILTER (WHERE status = 'ACTIVE' AND "joinedUnionOn" < ${TO})::int AS closing,
          count(*) FILTER (WHERE status = 'ACTIVE' AND "joinedUnionOn" < ${TO} AND gender = 'FEMALE')::int AS female,
          count(*) FILTER (WHERE status = 'ACTIVE' AND "joinedUnionOn" < ${TO} AND "isPartyMember")::int AS party
        FROM "Member" WHERE "unitId" = ${u}`,
    );
    expect(text).toContain(
      `Đầu năm có ${num(m.opening)} đoàn viên. Trong năm kết nạp mới ${num(m.admitted)}, chuyển đến 0, chuyển đi 0, ra khỏi tổ chức ${num(m.left)} (thôi sinh hoạt ${num(m.left)}, nghỉ hưu 0, khai trừ 0). Cuối năm có ${num(m.closing)} đoàn viên, trong đó nữ ${num(m.female)} (${pct(m.female, m.closing)}), đảng viên ${num(m.party)} (${pct(m.party, m.closing)}), sinh hoạt trong 2 tổ công đoàn.`,
    );
    expect(text).toContain(
      `Toàn cơ sở | ${num(m.opening)} | ${num(m.admitted)} | 0 | 0 | ${num(m.left)} | ${num(m.closing)}`,
    );

    const mt = await one(
      db.$queryRaw<{ held: number; planned: number; invited: number; present: number }[]>`
        SELECT count(DISTINCT mt.id) FILTER (WHERE mt.status <> 'PLANNED')::int AS held,
               count(DISTINCT mt.id) FILTER (WHERE mt.status = 'PLANNED')::int AS planned,
               count(i.*) FILTER (WHERE mt.status <> 'PLANNED')::int AS invited,
               count(i.*) FILTER (WHERE mt.status <> 'PLANNED' AND i.attendance = 'PRESENT')::int AS present
        FROM "Meeting" mt LEFT JOIN "MeetingInvitee" i ON i."meetingId" = mt.id
        WHERE mt."unitId" = ${u} AND mt."startsAt" >= ${M_FROM} AND mt."startsAt" < ${M_TO}`,
    );
    expect([mt.held, mt.planned, mt.invited, mt.present]).toEqual([2, 1, 4, 3]);
    expect(text).toContain(`Trong năm tổ chức ${mt.held} cuộc họp, sinh hoạt (`);
    expect(text).toContain(
      `${mt.present}/${mt.invited} lượt đoàn viên được mời có mặt, tỷ lệ dự họp ${pct(mt.present, mt.invited)}. Còn ${mt.planned} cuộc họp dự kiến chưa tổ chức.`,
    );

    const d = await one(
      db.$queryRaw<{ total: number; done: number; overdue: number }[]>`
        SELECT count(*)::int AS total, count(*) FILTER (WHERE d."isDone")::int AS done,
               count(*) FILTER (WHERE NOT d."isDone" AND d."dueOn" < ${new Date(`${THIS_YEAR}-01-01T00:00:00Z`)})::int AS overdue
        FROM "MeetingDecision" d JOIN "Meeting" mt ON mt.id = d."meetingId"
        WHERE mt."unitId" = ${u} AND mt."startsAt" >= ${M_FROM} AND mt."startsAt" < ${M_TO}`,
    );
    expect(text).toContain(
      `thông qua ${d.total} nội dung quyết định, giao việc: đã hoàn thành ${d.done}, quá hạn chưa hoàn thành ${d.overdue}, đang thực hiện trong hạn ${d.total - d.done - d.overdue}.`,
    );

    const o = await one(
      db.$queryRaw<{ received: number; answered: number }[]>`
        SELECT count(*)::int AS received, count(*) FILTER (WHERE status = 'ANSWERED')::int AS answered
        FROM "Opinion" WHERE "unitId" = ${u} AND "createdAt" >= ${M_FROM} AND "createdAt" < ${M_TO}`,
    );
    expect(text).toContain(
      `tiếp nhận ${o.received} ý kiến, kiến nghị của đoàn viên: đã trả lời ${o.answered}, đang xem xét, chưa trả lời ${o.received - o.answered}.`,
    );

    const wf = await one(
      db.$queryRaw<{ count: number; total: bigint; pcount: number; ptotal: bigint }[]>`
        SELECT count(*) FILTER (WHERE state = 'DONE')::int AS count,
               COALESCE(SUM(amount) FILTER (WHERE state = 'DONE'), 0)::bigint AS total,
               count(*) FILTER (WHERE state IN ('PROPOSED', 'APPROVED'))::int AS pcount,
               COALESCE(SUM(amount) FILTER (WHERE state IN ('PROPOSED', 'APPROVED')), 0)::bigint AS ptotal
        FROM "WelfareVisit" WHERE "unitId" = ${u} AND "eventOn" >= ${FROM} AND "eventOn" < ${TO}`,
    );
    expect(text).toContain(
      `thăm hỏi, trợ cấp ${wf.count} lượt với tổng số tiền ${money(Number(wf.total))}. Còn ${wf.pcount} lượt đề xuất, đã duyệt chưa chi (${money(Number(wf.ptotal))})`,
    );
    expect(text).toContain(`1 | ${welfareCategoryName} | ${wf.count} | ${money(Number(wf.total))}`);
    expect(text).toContain("Theo nguồn: Quỹ CĐCS 1 lượt, 500.000 ₫; Chuyên môn 1 lượt, 700.000 ₫.");

    const e = await one(
      db.$queryRaw<
        { members: number; approved: number; pending: number; returned: number; assessed: number }[]
      >`
        SELECT count(*)::int AS members,
               count(*) FILTER (WHERE r.state = 'APPROVED')::int AS approved,
               count(*) FILTER (WHERE r.state IN ('SUBMITTED', 'FORWARDED'))::int AS pending,
               count(*) FILTER (WHERE r.state = 'RETURNED')::int AS returned,
               count(*) FILTER (WHERE a.state = 'SUBMITTED')::int AS assessed
        FROM "Member" mb
        LEFT JOIN "EmulationRegistration" r ON r."memberId" = mb.id
          AND r."yearId" = (SELECT id FROM "EmulationYear" WHERE "unitId" = ${u} AND year = ${Y})
        LEFT JOIN "EmulationSelfAssessment" a ON a."memberId" = mb.id
          AND a."yearId" = (SELECT id FROM "EmulationYear" WHERE "unitId" = ${u} AND year = ${Y})
        WHERE mb."unitId" = ${u} AND mb.status = 'ACTIVE'`,
    );
    expect([e.approved, e.pending, e.returned, e.assessed]).toEqual([1, 1, 1, 1]);
    expect(text).toContain(
      `Có ${e.approved}/${num(e.members)} đoàn viên đăng ký thi đua được duyệt (${pct(e.approved, e.members)}); ${e.pending} bản đăng ký chờ duyệt, ${e.returned} bản trả lại, ${e.members - e.approved - e.pending - e.returned} đoàn viên chưa đăng ký. ${e.assessed} đoàn viên đã gửi phiếu tự đánh giá.`,
    );

    const levels = await db.$queryRaw<{ level: string; n: number }[]>`
      SELECT mr."finalLevel" AS level, count(*)::int AS n FROM "MemberRating" mr
      JOIN "RatingYear" ry ON ry.id = mr."ratingYearId" AND ry."unitId" = ${u} AND ry.year = ${Y}
      WHERE mr."finalLevel" IS NOT NULL GROUP BY 1`;
    const decided = levels.reduce((s, l) => s + l.n, 0);
    expect(decided).toBe(3);
    for (const l of levels) expect(text).toContain(`${l.level} | ${l.n} | ${pct(l.n, decided)}`);
    expect(text).toContain(`Đoàn viên được xếp loại: ${decided}/4 (còn 1 chưa có mức).`);
    expect(text).toContain("Công đoàn cơ sở chưa tự đánh giá, xếp loại.");

    // Only đã thu and đã nộp here; the whole đoàn phí sentence, worked by hand: annual-report-dues.test.ts.
    const dues = await one(
      db.$queryRaw<{ collected: bigint; remitted: bigint }[]>`
        SELECT (SELECT COALESCE(SUM(amount), 0) FROM "DuesPayment" WHERE "unitId" = ${u} AND month >= ${FROM} AND month < ${TO})::bigint AS collected,
               (SELECT COALESCE(SUM(amount), 0) FROM "DuesRemittance" WHERE "unitId" = ${u} AND "paidOn" >= ${FROM} AND "paidOn" < ${TO})::bigint AS remitted`,
    );
    expect(text).toContain(`đã thu ${money(Number(dues.collected))}`);
    expect(text).toContain(`đã nộp trong năm ${money(Number(dues.remitted))}`);

    const f = await one(
      db.$queryRaw<{ opening: bigint; income: bigint; spending: bigint }[]>`
        SELECT COALESCE(SUM(CASE WHEN direction = 'IN' THEN amount ELSE -amount END) FILTER (WHERE date < ${FROM}), 0)::bigint AS opening,
               COALESCE(SUM(amount) FILTER (WHERE direction = 'IN' AND date >= ${FROM} AND date < ${TO}), 0)::bigint AS income,
               COALESCE(SUM(amount) FILTER (WHERE direction = 'OUT' AND date >= ${FROM} AND date < ${TO}), 0)::bigint AS spending
        FROM "FundEntry" WHERE "unitId" = ${u}`,
    );
    const [op, inc, sp] = [Number(f.opening), Number(f.income), Number(f.spending)];
    expect([op, inc, sp]).toEqual([2_000_000, 1_500_000, 600_000]);
    expect(text).toContain(
      `tồn đầu năm ${money(op)}; thu trong năm ${money(inc)}; chi trong năm ${money(sp)}; tồn cuối năm ${money(op + inc - sp)}.`,
    );
  });

  it("prints each table's rows and totals as SQL written here works them out", async () => {
    const text = await generate();
    const u = w.unit.id;
    // Membership by tổ (the member's tổ of record), and how many tổ have members at the year's end.
    const groups = await db.$queryRaw<
      { name: string; opening: number; admitted: number; left: number; closing: number }[]
    >`
      SELECT g.name,
        count(*) FILTER (WHERE m."joinedUnionOn" < ${FROM})::int AS opening,
        count(*) FILTER (WHERE m."joinedUnionOn" >= ${FROM} AND m."joinedUnionOn" < ${TO})::int AS admitted,
        count(*) FILTER (WHERE m.status = 'LEFT')::int AS left,
        count(*) FILTER (WHERE m.status = 'ACTIVE' AND m."joinedUnionOn" < ${TO})::int AS closing
      FROM "Member" m JOIN "Group" g ON g.id = m."groupId" WHERE m."unitId" = ${u} GROUP BY g.id, g.name`;
    expect(groups.length).toBeGreaterThanOrEqual(2);
    for (const g of groups)
      expect(text).toContain(
        `| ${g.name} | ${num(g.opening)} | ${num(g.admitted)} | 0 | 0 | ${num(g.left)} | ${num(g.closing)}\n`,
      );
    const activeGroups = groups.filter((g) => g.closing > 0).length;
    expect(text).toContain(`sinh hoạt trong ${activeGroups} tổ công đoàn.`);

    // Meetings held, by type: the list in brackets after the count.
    const types = await db.$queryRaw<{ type: keyof typeof MEETING_TYPE_LABELS; n: number }[]>`
      SELECT type::text AS type, count(*)::int AS n FROM "Meeting"
      WHERE "unitId" = ${u} AND status <> 'PLANNED' AND "startsAt" >= ${M_FROM} AND "startsAt" < ${M_TO}
      GROUP BY type`;
    const printed = /Trong năm tổ chức \d+ cuộc họp, sinh hoạt \(([^)]*)\);/.exec(text)?.[1].split("; ");
    expect(printed?.sort()).toEqual(types.map((t) => `${MEETING_TYPE_LABELS[t.type]} ${t.n}`).sort());

    // Welfare: the table's total row, and the split by fund.
    const funds = await db.$queryRaw<{ fund: keyof typeof FUND_LABELS; n: number; total: bigint }[]>`
      SELECT fund::text AS fund, count(*)::int AS n, SUM(amount)::bigint AS total FROM "WelfareVisit"
      WHERE "unitId" = ${u} AND state = 'DONE' AND "eventOn" >= ${FROM} AND "eventOn" < ${TO} GROUP BY fund`;
    const paid = funds.reduce((s, f) => s + Number(f.total), 0);
    expect(text).toContain(`| Cộng | ${funds.reduce((s, f) => s + f.n, 0)} | ${money(paid)}`);
    expect(funds).toHaveLength(2);
    for (const f of funds)
      expect(text).toContain(`${FUND_LABELS[f.fund]} ${f.n} lượt, ${money(Number(f.total))}`);

    // Titles: given and proposed to the cấp trên, per title; a refusal is not printed.
    const titles = await db.$queryRaw<{ name: string; achieved: number; proposed: number }[]>`
      SELECT t.name, count(*) FILTER (WHERE a.result = 'ACHIEVED')::int AS achieved,
             count(*) FILTER (WHERE a.result = 'PROPOSED_HIGHER')::int AS proposed
      FROM "TitleAward" a JOIN "EmulationTitle" t ON t.id = a."titleId"
      JOIN "RatingYear" y ON y.id = a."ratingYearId" AND y."unitId" = ${u} AND y.year = ${Y}
      WHERE a.result IN ('ACHIEVED', 'PROPOSED_HIGHER') GROUP BY t.id, t.name, t."sortOrder" ORDER BY t."sortOrder"`;
    expect(titles.map((t) => `${t.name} | ${t.achieved} | ${t.proposed}`)).toEqual([
      "Lao động tiên tiến | 1 | 0",
      "Chiến sĩ thi đua cơ sở | 0 | 1",
    ]);
    titles.forEach((t, i) => expect(text).toContain(`${i + 1} | ${t.name} | ${t.achieved} | ${t.proposed}`));
    expect(text).not.toContain("Lao động xuất sắc");

    // Rating: the table's total row; the tổ ratings line over the unit's tổ.
    const rated = await one(
      db.$queryRaw<{ decided: number; groups: number; groupRated: number }[]>`
        SELECT (SELECT count(*) FROM "MemberRating" mr JOIN "RatingYear" ry ON ry.id = mr."ratingYearId"
                WHERE ry."unitId" = ${u} AND ry.year = ${Y} AND mr."finalLevel" IS NOT NULL)::int AS decided,
               (SELECT count(*) FROM "Group" WHERE "unitId" = ${u} AND "archivedAt" IS NULL)::int AS groups,
               (SELECT count(*) FROM "CollectiveRating" cr JOIN "RatingYear" ry ON ry.id = cr."ratingYearId"
                WHERE ry."unitId" = ${u} AND ry.year = ${Y} AND cr.scope = 'GROUP' AND cr."finalLevel" IS NOT NULL)::int AS "groupRated"`,
    );
    expect(text).toContain(`Cộng | ${rated.decided} | 100 %`);
    expect(rated.groupRated).toBe(0);
    expect(text).toContain(`Tổ công đoàn được xếp loại: chưa có (trên ${rated.groups} tổ).`);

    // The fund: every category with money in the year, in its column, and the total row.
    const cats = await db.$queryRaw<{ name: string; direction: "IN" | "OUT"; amount: bigint }[]>`
      SELECT c.name, c.direction::text AS direction, SUM(e.amount)::bigint AS amount
      FROM "FundEntry" e JOIN "FundCategory" c ON c.id = e."categoryId"
      WHERE e."unitId" = ${u} AND e.date >= ${FROM} AND e.date < ${TO} GROUP BY c.id, c.name, c.direction`;
    expect(cats).toHaveLength(2);
    for (const c of cats)
      expect(text).toContain(
        c.direction === "IN"
          ? `| ${c.name} | ${money(Number(c.amount))} | \n`
          : `| ${c.name} |  | ${money(Number(c.amount))}`,
      );
    const sum = (d: "IN" | "OUT") =>
      cats.filter((c) => c.direction === d).reduce((s, c) => s + Number(c.amount), 0);
    expect(text).toContain(`| Cộng | ${money(sum("IN"))} | ${money(sum("OUT"))}`);
  });

  it("shows a visit paid since in the regenerated report, the PDF and the DOCX", async () => {
    expect(await generate()).toContain("thăm hỏi, trợ cấp 2 lượt với tổng số tiền 1.200.000 ₫");
    await db.welfareVisit.update({ where: { id: pendingVisitId }, data: { state: "DONE" } });
    expect(await generate()).toContain("thăm hỏi, trợ cấp 3 lượt với tổng số tiền 1.500.000 ₫");
    actAs(w.people.chair.user.id);
    const res = await callRoute(
      { path: "/api/reports/annual", method: "GET", handler: annualGet as never },
      { query: `?year=${Y}&format=docx` },
    );
    expect(res.status).toBe(200);
    const docx = await readDocx(res);
    expect(docx).toContain("3 lượt với tổng số tiền 1.500.000 ₫");
    expect(docx).toContain("Số liệu lấy tại thời điểm tạo");
  });
});

describe("the narrative", () => {
  const save = (key: "ASSESSMENT" | "SHORTCOMINGS" | "DIRECTIONS" | "PROPOSALS", body: string, version = 0) =>
    saveAnnualSectionAction({ year: Y, key, body, version });

  it("refuses the UBKT, a tổ trưởng and a member, with the database unchanged", async () => {
    for (const who of [w.people.ubkt, w.people.leaderSameGroup, w.people.member]) {
      actAs(who.user.id);
      expect(await refused(() => save("ASSESSMENT", "Viết thử"))).toMatchObject({
        ok: false,
        code: "FORBIDDEN",
      });
    }
    actAs(w.people.bchMember.user.id);
    expect(await refused(() => finaliseAnnualReportAction({ year: Y, version: 0 }))).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
  });

  it("is written by the BCH, shown in the report, refused when stale, finalised by the chủ tịch and reopened", async () => {
    actAs(w.people.bchMember.user.id);
    expect(await save("ASSESSMENT", "Năm qua công đoàn đã làm tốt.\nĐoàn viên đồng thuận.")).toMatchObject({
      ok: true,
      data: { version: 1 },
    });
    expect(await refused(() => save("ASSESSMENT", "Bản cũ ghi đè", 0))).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await refused(() => save("SHORTCOMINGS", "   "))).toMatchObject({
      ok: false,
      fieldErrors: { body: "Vui lòng nhập nội dung phần này." },
    });
    const text = await generate();
    expect(text).toContain("Năm qua công đoàn đã làm tốt.\nĐoàn viên đồng thuận.");
    expect(text).toContain("(Ban Chấp hành chưa viết phần này.)");
    actAs(w.people.chair.user.id);
    const report = await db.annualReport.findUniqueOrThrow({
      where: { unitId_year: { unitId: w.unit.id, year: Y } },
    });
    const missing = await refused(() => finaliseAnnualReportAction({ year: Y, version: report.version }));
    expect(missing).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((missing as { error: string }).error).toBe(
      "Chưa viết: Tồn tại, hạn chế và nguyên nhân; Phương hướng, nhiệm vụ năm tới; Kiến nghị, đề xuất.",
    );
    for (const key of ["SHORTCOMINGS", "DIRECTIONS", "PROPOSALS"] as const)
      expect(await save(key, `Nội dung ${key}`)).toMatchObject({ ok: true });
    const v = (await db.annualReport.findUniqueOrThrow({ where: { id: report.id } })).version;
    expect(v).toBe(4);
    expect(await finaliseAnnualReportAction({ year: Y, version: v })).toMatchObject({ ok: true });
    const final = await db.annualReport.findUniqueOrThrow({ where: { id: report.id } });
    expect(final.status).toBe("FINAL");
    actAs(w.people.bchMember.user.id);
    const r = await refused(() => save("ASSESSMENT", "Sửa sau khi chốt", 1));
    expect(r).toMatchObject({ ok: false, code: "CONFLICT" });
    actAs(w.people.chair.user.id);
    expect(
      await refused(() => reopenAnnualReportAction({ year: Y, version: final.version, reason: "" })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { reason: "Vui lòng nhập lý do mở lại (ít nhất 5 ký tự)." },
    });
    expect(
      await reopenAnnualReportAction({ year: Y, version: final.version, reason: "Bổ sung số liệu quý IV" }),
    ).toMatchObject({ ok: true });
    const audit = await db.auditLog.findFirst({
      where: { entityId: report.id, action: "annualReport.reopen" },
      select: { after: true },
    });
    expect(audit?.after).toMatchObject({ reason: "Bổ sung số liệu quý IV", status: "DRAFT" });
    actAs(w.people.bchMember.user.id);
    expect(await save("ASSESSMENT", "Sửa sau khi mở lại", 1)).toMatchObject({
      ok: true,
      data: { version: 2 },
    });
  });

  it("refuses a year that has not started", async () => {
    actAs(w.people.chair.user.id);
    expect(
      await refused(() =>
        saveAnnualSectionAction({ year: THIS_YEAR + 1, key: "ASSESSMENT", body: "Sớm", version: 0 }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { year: "Chưa thể viết báo cáo tổng kết cho năm chưa bắt đầu." },
    });
  });
});
