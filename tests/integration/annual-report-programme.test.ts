// The báo cáo tổng kết's "Kết quả thực hiện chương trình công tác" (lib/programme/summary.ts, appended
// by lib/reports/annual) against the real database: every figure the paper prints in that section
// (the counts by state, their shares, the total, and each item not done with its period, owner and
// reason) checked against SQL written here, which works out the done rule on its own: an item is done
// when ticked, or when the meeting it links was held, the visit it links was paid, or the movement it
// links was launched by the suite's day; a dropped item stays dropped. The year is the suite's own,
// so "launched by today" is judged on TEST_TODAY.
import { beforeAll, describe, expect, it } from "vitest";
import { getActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { loadAnnualPaper } from "@/lib/reports/annual/queries";
import { makeWelfareCategory, makeWelfareVisit } from "../factories/welfare";
import { THIS_YEAR, TODAY, daysFromToday } from "../support/today";
import { ensureYear } from "./helpers/emulation-fixtures";
import { reportText } from "./helpers/report-text";
import { actAs } from "./helpers/session";
import { buildWorld, type World } from "./helpers/world";

const Y = THIS_YEAR;
let w: World;

/** The section alone: from its heading to the signature (it is the last extra section). */
async function programmeSection() {
  actAs(w.people.chair.user.id);
  const actor = (await getActor())!;
  const text = reportText((await loadAnnualPaper(actor, Y)).doc);
  const at = text.indexOf("Kết quả thực hiện chương trình công tác");
  expect(at).toBeGreaterThan(0);
  return text.slice(at);
}

/** "66,7 %": one decimal, a decimal comma. */
const pct = (n: number, of: number) => `${String(Math.round((n * 1000) / of) / 10).replace(".", ",")} %`;

let meetingNo = 0;
const meeting = (status: "PLANNED" | "HELD") =>
  db.meeting.create({
    data: {
      unitId: w.unit.id,
      type: "BCH_REGULAR",
      year: Y,
      number: 900 + ++meetingNo,
      title: `Họp BCH thường kỳ số ${900 + meetingNo}`,
      startsAt: new Date(`${Y}-03-05T01:30:00Z`),
      place: "Phòng họp",
      status,
    },
  });

type Item = {
  month?: number;
  quarter?: number;
  title: string;
  owner?: string;
  state?: "PLANNED" | "DONE" | "MOVED" | "DROPPED";
  reason?: string;
  link?: [string, string];
};
const item = (i: Item, unitId = w.unit.id, year = Y) =>
  db.programmeItem.create({
    data: {
      unitId,
      year,
      month: i.month ?? null,
      quarter: i.quarter ?? null,
      title: i.title,
      ownerMemberId: i.owner ?? null,
      state: i.state ?? "PLANNED",
      stateReason: i.reason ?? null,
      linkKind: i.link?.[0] ?? null,
      linkId: i.link?.[1] ?? null,
      linkLabel: i.link ? "Hồ sơ" : null,
    },
  });

beforeAll(async () => {
  w = await buildWorld();
  const p = w.people;
  const [held, planned] = [await meeting("HELD"), await meeting("PLANNED")];
  const cat = await makeWelfareCategory(db, w.unit.id);
  const visit = (state: "DONE" | "PROPOSED") =>
    makeWelfareVisit(db, {
      unitId: w.unit.id,
      memberId: p.member.member.id,
      categoryId: cat.id,
      eventOn: `${Y}-05-10`,
      state,
    });
  const [paid, proposed] = [await visit("DONE"), await visit("PROPOSED")];
  const ey = await ensureYear(w.unit.id, { year: Y });
  const movement = async (name: string, launchedOn: Date) => {
    const mv = await db.emulationMovement.create({ data: { unitId: w.unit.id, name } });
    await db.emulationYearMovement.create({ data: { yearId: ey.id, movementId: mv.id, launchedOn } });
    return mv.id;
  };
  const launched = await movement("Phong trào Giỏi việc trường", TODAY);
  const notYet = await movement("Phong trào Đảm việc nhà", daysFromToday(1));
  const chair = p.chair.member.id;
  const member = p.member.member.id;
  await item({ month: 1, title: "Hội nghị CBCCVC", owner: chair, state: "DONE" });
  await item({ month: 3, title: "Họp BCH quý I", owner: chair, link: ["meeting", held.id] });
  await item({ month: 4, title: "Họp BCH tháng 4", owner: member, link: ["meeting", planned.id] });
  await item({ month: 5, title: "Thăm đoàn viên ốm", link: ["welfareVisit", paid.id] });
  await item({
    month: 6,
    title: "Thăm đoàn viên sinh con",
    owner: member,
    link: ["welfareVisit", proposed.id],
  });
  await item({ quarter: 2, title: "Tọa đàm 8/3", owner: chair, state: "MOVED", reason: "Trùng lịch thi" });
  await item({
    month: 7,
    title: "Tham quan hè",
    state: "DROPPED",
    reason: "Không đủ kinh phí",
    link: ["meeting", held.id],
  });
  await item({ month: 2, title: "Phát động phong trào", link: ["movement", launched] });
  await item({ month: 8, title: "Phát động phong trào hè", owner: chair, link: ["movement", notYet] });
  await item({
    quarter: 3,
    title: "Kiểm tra tài chính",
    state: "MOVED",
    reason: "Dời",
    link: ["meeting", held.id],
  });
  // Not in this unit's year: another year's item, another unit's item.
  await item({ month: 1, title: "Việc năm trước" }, w.unit.id, Y - 1);
  await item({ month: 1, title: "Việc đơn vị khác" }, w.otherUnit.id, Y);
});

describe("the tổng kết's work programme section", () => {
  it("prints every figure as SQL written here works them out", async () => {
    const text = await programmeSection();
    const u = w.unit.id;
    const rows = await db.$queryRaw<
      { state: string; period: string; title: string; owner: string | null; reason: string | null }[]
    >`
      WITH eff AS (
        SELECT p.*, CASE
          WHEN p.state IN ('DONE', 'DROPPED') THEN p.state::text
          WHEN p."linkKind" = 'meeting' AND EXISTS (SELECT 1 FROM "Meeting" m
            WHERE m.id = p."linkId" AND m."unitId" = p."unitId" AND m.status <> 'PLANNED') THEN 'DONE'
          WHEN p."linkKind" = 'welfareVisit' AND EXISTS (SELECT 1 FROM "WelfareVisit" v
            WHERE v.id = p."linkId" AND v."unitId" = p."unitId" AND v.state = 'DONE') THEN 'DONE'
          WHEN p."linkKind" = 'movement' AND EXISTS (SELECT 1 FROM "EmulationYearMovement" ym
            JOIN "EmulationYear" y ON y.id = ym."yearId"
            WHERE ym."movementId" = p."linkId" AND y."unitId" = p."unitId" AND y.year = p.year
              AND ym."launchedOn" <= ${TODAY}::date) THEN 'DONE'
          ELSE p.state::text END AS eff
        FROM "ProgrammeItem" p WHERE p."unitId" = ${u} AND p.year = ${Y})
      SELECT e.eff AS state, e.title, mb."fullName" AS owner, e."stateReason" AS reason,
        CASE WHEN e.month IS NOT NULL THEN 'Tháng ' || e.month || '/' || e.year
             ELSE 'Quý ' || (ARRAY['I', 'II', 'III', 'IV'])[e.quarter] || ' (tháng ' || (e.quarter * 3 - 2)
               || ' – ' || (e.quarter * 3) || '/' || e.year || ')' END AS period
      FROM eff e LEFT JOIN "Member" mb ON mb.id = e."ownerMemberId"
      ORDER BY CASE WHEN e.month IS NOT NULL THEN (e.month - 1) * 10 + 5 ELSE (e.quarter - 1) * 30 END,
        e."createdAt", e.id`;
    const count = (s: string) => rows.filter((r) => r.state === s).length;
    const [total, done, moved, dropped, planned] = [
      rows.length,
      count("DONE"),
      count("MOVED"),
      count("DROPPED"),
      count("PLANNED"),
    ];
    // Worked out by hand from the items above: ticked 1, held meeting 2, paid visit 1, launched 1.
    expect([total, done, moved, dropped, planned]).toEqual([10, 5, 1, 1, 3]);
    expect(text).toContain(
      `Chương trình công tác năm ${Y} có ${total} nội dung; đã thực hiện ${done} (${pct(done, total)}), chuyển kỳ ${moved}, không thực hiện ${dropped}, chưa thực hiện ${planned}.`,
    );
    expect(text).toContain(`Đã thực hiện | ${done} | ${pct(done, total)}`);
    expect(text).toContain(`Chuyển kỳ (chưa thực hiện) | ${moved} | ${pct(moved, total)}`);
    expect(text).toContain(`Không thực hiện | ${dropped} | ${pct(dropped, total)}`);
    expect(text).toContain(`Chưa thực hiện theo kế hoạch | ${planned} | ${pct(planned, total)}`);
    expect(text).toContain(`Tổng số nội dung trong chương trình | ${total} | 100 %`);

    const words: Record<string, string> = {
      PLANNED: "Chưa thực hiện",
      MOVED: "Đã chuyển kỳ",
      DROPPED: "Không thực hiện",
    };
    const notDone = rows
      .filter((r) => r.state !== "DONE")
      .map((r, i) =>
        [i + 1, r.period, r.title, r.owner ?? "", [words[r.state], r.reason].filter(Boolean).join(": ")].join(
          " | ",
        ),
      );
    expect(notDone).toHaveLength(5);
    const listed = text.slice(text.indexOf("Các nội dung chưa thực hiện:")).split("\n").slice(1, 6);
    expect(listed).toEqual(notDone);
    expect(notDone[0]).toBe(
      `1 | Quý II (tháng 4 – 6/${Y}) | Tọa đàm 8/3 | ${w.people.chair.member.fullName} | Đã chuyển kỳ: Trùng lịch thi`,
    );
    expect(text).not.toContain("Việc năm trước");
    expect(text).not.toContain("Việc đơn vị khác");
  });

  it("a visit paid since turns its item done in the regenerated report", async () => {
    const before = await programmeSection();
    expect(before).toContain("Thăm đoàn viên sinh con");
    const item = await db.programmeItem.findFirstOrThrow({
      where: { unitId: w.unit.id, title: "Thăm đoàn viên sinh con" },
    });
    await db.welfareVisit.update({ where: { id: item.linkId! }, data: { state: "DONE" } });
    const after = await programmeSection();
    expect(after).toContain(`đã thực hiện 6 (60 %), chuyển kỳ 1, không thực hiện 1, chưa thực hiện 2.`);
    expect(after).not.toContain("Thăm đoàn viên sinh con");
  });
});
