// The đoàn phí sentence of the báo cáo tổng kết, whole: phải thu, đã thu and its percentage, phần nộp
// cấp trên, đã nộp trong năm, giữ lại. The unit's dues settings, every member's salary, joining and
// leaving, and every payment are set here, so each figure is a hand computation written below as
// arithmetic, not a call to the dues code (lib/finance/dues is what is under test). A payment recorded
// after a first generation shows in the regenerated sentence (the stored ledger refreshes).
import { beforeAll, describe, expect, it } from "vitest";
import { getActor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { recordDuesPaymentAction } from "@/lib/finance/dues/actions";
import { loadAnnualPaper } from "@/lib/reports/annual/queries";
import { makeMember } from "../factories/records";
import { LAST_YEAR } from "../support/today";
import { reportText } from "./helpers/report-text";
import { actAs } from "./helpers/session";
import { buildWorld, type World } from "./helpers/world";

let w: World;
const Y = LAST_YEAR;
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const mm = (m: number) => String(m).padStart(2, "0");
let joinerId = "";

async function generate() {
  actAs(w.people.chair.user.id);
  const actor = (await getActor())!;
  return reportText((await loadAnnualPaper(actor, Y)).doc);
}

/** The one paragraph of the report that starts "Đoàn phí phải thu". */
const duesSentence = (text: string) => text.split("\n").find((l) => l.startsWith("Đoàn phí phải thu"));

beforeAll(async () => {
  w = await buildWorld();
  const unitId = w.unit.id;
  // The rule's settings for the whole year, stored here (none of the built-in defaults changes after
  // 01/01 of the report's year to another value): an enterprise, 0,5 % of the BHXH salary capped at
  // 10 % of lương cơ sở 2.340.000 (234.000 a month), the CĐCS keeps 70 %, no higher BCH rate.
  const from = day(`${Y}-01-01`);
  await db.setting.createMany({
    data: [
      ["unit.type", "enterprise"],
      ["dues.enterprise.base", "bhxh"],
      ["dues.unit.funding", "other"],
      ["dues.rate.percent", 0.5],
      ["dues.base.salary", 2_340_000],
      ["dues.cap.percent", 10],
      ["dues.cdcs.share.percent", 70],
      ["dues.bch.rate.percent", 0],
    ].map(([key, value]) => ({ unitId, key: key as string, value, effectiveFrom: from })),
  });
  // The world's seven members (joined in 2015) earn 5.000.000: 25.000 a month, all twelve months.
  await db.member.updateMany({ where: { unitId }, data: { insuranceSalary: 5_000_000 } });
  const person = async (salary: number, joinedUnionOn = "2015-09-01") => {
    const m = await makeMember(db, { unitId, groupId: w.groupA.id, joinedUnionOn });
    return db.member.update({ where: { id: m.id }, data: { insuranceSalary: salary } });
  };
  // 0,5 % of 60.000.000 is 300.000, above the cap: 234.000 a month.
  const high = await person(60_000_000);
  // Joined on 15/4: owes April to December, 9 months of 20.000.
  const joiner = await person(4_000_000, `${Y}-04-15`);
  joinerId = joiner.id;
  // Left on 10/9: a member until 09/9, so owes January to September, 9 months of 30.000.
  const leaver = await person(6_000_000);
  await db.member.update({ where: { id: leaver.id }, data: { status: "LEFT" } });
  await db.memberEvent.create({
    data: { memberId: leaver.id, type: "LEFT", effectiveOn: day(`${Y}-09-10`), fromGroupId: w.groupA.id },
  });

  const pay = (memberId: string, month: string, amount: number, paidOn = `${month}-10`) => ({
    unitId,
    memberId,
    groupId: w.groupA.id,
    month: day(`${month}-01`),
    amount,
    method: "CASH" as const,
    paidOn: day(paidOn),
  });
  const world = await db.member.findMany({
    where: { unitId, id: { notIn: [high.id, joiner.id, leaver.id] } },
    select: { id: true },
  });
  await db.duesPayment.createMany({
    data: [
      // The world's members pay January to June.
      ...world.flatMap((m) => [1, 2, 3, 4, 5, 6].map((k) => pay(m.id, `${Y}-${mm(k)}`, 25_000))),
      // The high earner pays January to March at the cap.
      ...[1, 2, 3].map((k) => pay(high.id, `${Y}-${mm(k)}`, 234_000)),
      // The joiner pays April only.
      pay(joiner.id, `${Y}-04`, 20_000),
      // The leaver pays every month owed.
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((k) => pay(leaver.id, `${Y}-${mm(k)}`, 30_000)),
      // Months of other years, whenever paid, are not this year's.
      pay(high.id, `${Y - 1}-12`, 234_000),
      pay(high.id, `${Y + 1}-01`, 234_000, `${Y}-12-28`),
    ],
  });
  await db.duesRemittance.createMany({
    data: [
      // Paid to the cấp trên in the year…
      {
        unitId,
        fromMonth: day(`${Y}-01-01`),
        toMonth: day(`${Y}-06-01`),
        amount: 300_000,
        paidOn: day(`${Y}-07-05`),
        account: "BANK",
      },
      // …and after it: not "đã nộp trong năm".
      {
        unitId,
        fromMonth: day(`${Y}-07-01`),
        toMonth: day(`${Y}-12-01`),
        amount: 312_600,
        paidOn: day(`${Y + 1}-01-10`),
        account: "BANK",
      },
    ],
  });
}, 120_000);

describe("the đoàn phí sentence of the báo cáo tổng kết", () => {
  it("prints every figure as worked out by hand", async () => {
    // The premise of the arithmetic: the world's seven members and our three, nobody else.
    expect(await db.member.count({ where: { unitId: w.unit.id } })).toBe(10);
    // Phải thu: 7 × 12 × 25.000 + 12 × 234.000 + 9 × 20.000 + 9 × 30.000
    //         = 2.100.000 + 2.808.000 + 180.000 + 270.000 = 5.358.000.
    // Đã thu (by the month paid for): 7 × 6 × 25.000 + 3 × 234.000 + 20.000 + 9 × 30.000
    //         = 1.050.000 + 702.000 + 20.000 + 270.000 = 2.042.000; 2.042.000 / 5.358.000 = 38,11… %.
    // Phần nộp cấp trên: 30 % of what was collected (all at the statutory rate) = 612.600.
    // Giữ lại: 70 % = 2.042.000 − 612.600 = 1.429.400. Đã nộp trong năm: the 300.000 paid on 05/7.
    const sql = await db.$queryRaw<{ collected: bigint }[]>`
      SELECT COALESCE(SUM(amount), 0)::bigint AS collected FROM "DuesPayment"
      WHERE "unitId" = ${w.unit.id} AND month >= ${day(`${Y}-01-01`)} AND month < ${day(`${Y + 1}-01-01`)}`;
    expect(Number(sql[0].collected)).toBe(2_042_000);
    expect(duesSentence(await generate())).toBe(
      "Đoàn phí phải thu 5.358.000 ₫, đã thu 2.042.000 ₫ (38,1 %); phần nộp cấp trên 612.600 ₫, đã nộp trong năm 300.000 ₫; công đoàn cơ sở giữ lại 1.429.400 ₫.",
    );
  });

  it("shows a payment recorded after a first generation in the regenerated sentence", async () => {
    expect(duesSentence(await generate())).toContain("đã thu 2.042.000 ₫ (38,1 %)");
    actAs(w.people.chair.user.id);
    const r = await recordDuesPaymentAction({
      memberId: joinerId,
      month: `05/${Y}`,
      amount: 20_000,
      method: "CASH",
      paidOn: `10/05/${Y}`,
    });
    expect(r).toMatchObject({ ok: true });
    // Đã thu 2.042.000 + 20.000 = 2.062.000 (38,48… % of 5.358.000); cấp trên 30 % = 618.600;
    // giữ lại 2.062.000 − 618.600 = 1.443.400. Phải thu and đã nộp do not move.
    expect(duesSentence(await generate())).toBe(
      "Đoàn phí phải thu 5.358.000 ₫, đã thu 2.062.000 ₫ (38,5 %); phần nộp cấp trên 618.600 ₫, đã nộp trong năm 300.000 ₫; công đoàn cơ sở giữ lại 1.443.400 ₫.",
    );
  });
});
