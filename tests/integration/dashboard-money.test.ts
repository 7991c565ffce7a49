// The money on the year dashboard (lib/dashboard/money.ts): the fund from 1 January to today and
// đoàn phí collected, worked out by hand from the rows this test writes in a unit of its own.
import { beforeAll, describe, expect, it } from "vitest";
import { moneySummary } from "@/lib/dashboard/money";
import { db } from "@/lib/db";
import { makeFundEntry } from "../factories/fund";
import { makeMember } from "../factories/records";
import { buildWorld, type World } from "./helpers/world";
import { LAST_YEAR, TEST_TODAY, THIS_YEAR, TODAY } from "../support/today";

let w: World;
const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const JAN_1 = `${THIS_YEAR}-01-01`;
const TOMORROW = iso(new Date(TODAY.getTime() + DAY));
const THIS_MONTH = `${TEST_TODAY.slice(0, 7)}-01`;
const month = (d: string) => new Date(`${d}T00:00:00.000Z`);

beforeAll(async () => {
  w = await buildWorld();
  const u = w.unit.id;
  // Last year: the opening balance.
  await makeFundEntry(db, { unitId: u, code: "KPCD", date: `${LAST_YEAR}-06-15`, amount: 5_000_000 });
  await makeFundEntry(db, { unitId: u, code: "ACTIVITIES", date: `${LAST_YEAR}-11-20`, amount: 1_200_000 });
  // This year up to today.
  await makeFundEntry(db, { unitId: u, code: "AGENCY", date: JAN_1, amount: 2_000_000, account: "BANK" });
  await makeFundEntry(db, { unitId: u, code: "DUES", date: TEST_TODAY, amount: 700_000 });
  await makeFundEntry(db, { unitId: u, code: "WELFARE", date: TEST_TODAY, amount: 450_000 });
  // Dated tomorrow: not in any figure of today.
  await makeFundEntry(db, { unitId: u, code: "OTHER_IN", date: TOMORROW, amount: 999_000 });

  const m = await makeMember(db, { unitId: u, groupId: w.groupA.id });
  const pay = (monthOn: string, amount: number) =>
    db.duesPayment.create({
      data: {
        unitId: u,
        memberId: m.id,
        groupId: w.groupA.id,
        month: month(monthOn),
        amount,
        method: "CASH",
        paidOn: TODAY,
      },
    });
  await pay(`${LAST_YEAR}-12-01`, 40_000); // last year's month: not this year's
  await pay(THIS_MONTH, 35_000);
  if (THIS_MONTH !== JAN_1) await pay(JAN_1, 30_000);
  await db.duesRemittance.create({
    data: {
      unitId: u,
      fromMonth: month(JAN_1),
      toMonth: month(THIS_MONTH),
      amount: 19_500,
      paidOn: TODAY,
      account: "BANK",
    },
  });
});

describe("the dashboard's money", () => {
  it("counts the fund from 1 January to today: opening, thu, chi, balance, cash and bank", async () => {
    const s = await moneySummary(w.unit.id);
    expect(s.year).toBe(THIS_YEAR);
    expect(s.fund).toEqual({
      opening: 5_000_000 - 1_200_000,
      income: 2_000_000 + 700_000,
      spending: 450_000,
      closing: 3_800_000 + 2_700_000 - 450_000,
      cash: 5_000_000 - 1_200_000 + 700_000 - 450_000,
      bank: 2_000_000,
    });
  });

  it("counts đoàn phí paid for this year's months, this month's, and the remittance", async () => {
    const s = await moneySummary(w.unit.id);
    // On a January day the two payments of this year are the same month: there is only one of them.
    const janAndNow = THIS_MONTH === JAN_1 ? 35_000 : 35_000 + 30_000;
    expect(s.dues).toEqual({
      collected: janAndNow,
      thisMonth: 35_000,
      remitted: 19_500,
      notCollected: null,
    });
  });

  it("sees nothing of another unit", async () => {
    const other = await buildWorld();
    const s = await moneySummary(other.unit.id);
    expect(s.fund).toEqual({ opening: 0, income: 0, spending: 0, closing: 0, cash: 0, bank: 0 });
    expect(s.dues).toEqual({ collected: 0, thisMonth: 0, remitted: 0, notCollected: null });
  });

  it("tells a unit fully funded by the state that it does not collect đoàn phí, and since when", async () => {
    const school = await buildWorld();
    // Fully state-funded since 2016; không thu from 01/6/2025 is the setting's documented default.
    await db.setting.create({
      data: {
        unitId: school.unit.id,
        key: "dues.unit.funding",
        value: "state_full",
        effectiveFrom: month("2016-01-01"),
      },
    });
    const s = await moneySummary(school.unit.id);
    expect(s.dues.notCollected).toEqual({ since: month("2025-06-01") });
  });
});
