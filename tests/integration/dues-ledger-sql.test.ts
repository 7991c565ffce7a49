// The set-based dues ledger (lib/finance/dues/ledger-sql.ts) against the rule in JS (rule.ts walked
// member by member, unit-ledger.ts): on a fixture that crosses every boundary of the rule, the
// owed / collected / extra of each month, the totals of spans, and the yearly sổ agree to the đồng.
// This is the guard of keeping the rule in two languages (decision 0086). A few cells are also
// checked against figures worked by hand, so the fixture does reach the boundaries it names.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDuesBook } from "@/lib/finance/dues/book";
import { duesMonthSums } from "@/lib/finance/dues/month-sums";
import { monthsBetween } from "@/lib/finance/dues/rule";
import { splitPaid, unitDuesTotals, walkedDuesTotals, walkUnitLedger } from "@/lib/finance/dues/unit-ledger";
import { makeGroup, makeMember, makeUnit } from "../factories/records";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const MONTHS = monthsBetween("2025-01", "2026-12");

type Unit = { id: string; groups: string[]; members: Record<string, string> };
let enterprise: Unit;
let stateFunded: Unit;
let netBased: Unit;

async function unitWith(settings: [string, unknown, string][]): Promise<Unit> {
  const unit = await makeUnit(db);
  const groups = [(await makeGroup(db, unit.id)).id, (await makeGroup(db, unit.id)).id];
  await db.setting.deleteMany({ where: { unitId: unit.id, key: { startsWith: "dues." } } });
  await db.setting.createMany({
    data: settings.map(([key, value, from]) => ({
      unitId: unit.id,
      key,
      value: value as never,
      effectiveFrom: day(from),
    })),
  });
  return { id: unit.id, groups, members: {} };
}

async function person(
  u: Unit,
  name: string,
  o: { group?: number; joined?: string; salary?: number | null; events?: [string, string][] } = {},
) {
  const m = await makeMember(db, {
    unitId: u.id,
    groupId: u.groups[o.group ?? 0],
    joinedUnionOn: o.joined ?? "2015-09-01",
  });
  await db.member.update({
    where: { id: m.id },
    data: { insuranceSalary: o.salary === undefined ? 6_000_000 : o.salary },
  });
  for (const [type, on] of o.events ?? [])
    await db.memberEvent.create({ data: { memberId: m.id, type: type as never, effectiveOn: day(on) } });
  u.members[name] = m.id;
  return m.id;
}

const salary = (memberId: string, from: string, bhxh: number | null, net: number | null = null) =>
  db.memberSalary.create({
    data: { memberId, effectiveFrom: day(from), bhxhSalary: bhxh, netSalary: net },
  });

async function pay(u: Unit, name: string, month: string, amount: number, group = 0) {
  const p = await db.duesPayment.create({
    data: {
      unitId: u.id,
      memberId: u.members[name],
      groupId: u.groups[group],
      month: day(`${month}-01`),
      amount,
      method: "GROUP_CASH",
      paidOn: day(`${month}-20`),
    },
  });
  return p.id;
}

beforeAll(async () => {
  // An enterprise: the 10 % cap of lương cơ sở (2.340.000 → 234.000), the BCH's 0,8 % from 2026.
  enterprise = await unitWith([
    ["unit.type", "enterprise", "2016-01-01"],
    ["dues.bch.rate.percent", 0.8, "2026-01-01"],
  ]);
  const e = enterprise;
  await person(e, "high", { salary: 30_000_000 }); // 1 % = 300.000 capped to 234.000 until 06/2025
  const raised = await person(e, "raised", { salary: null });
  await salary(raised, "2020-01-01", 6_000_000);
  await salary(raised, "2025-07-01", 7_000_000); // the raise counts from July
  await salary(raised, "2026-07-01", 8_000_000); // a mid-year raise
  await person(e, "joinLeave", { joined: "2025-03-15", events: [["LEFT", "2025-09-10"]] });
  const exempt = await person(e, "exempt", { group: 1 });
  await db.duesExemption.createMany({
    data: [
      {
        unitId: e.id,
        memberId: exempt,
        fromMonth: day("2025-06-01"),
        toMonth: day("2025-08-01"),
        reason: "BHXH_BENEFIT",
      },
      // archived: counts for nothing
      {
        unitId: e.id,
        memberId: exempt,
        fromMonth: day("2025-10-01"),
        toMonth: day("2025-10-01"),
        reason: "UNPAID_LEAVE",
        archivedAt: day("2025-11-01"),
      },
    ],
  });
  await person(e, "noSalary", { salary: null, group: 1 }); // the fixed amount
  await person(e, "suspended", {
    group: 1,
    events: [
      ["SUSPENDED", "2025-04-01"],
      ["RESUMED", "2025-08-20"],
    ],
  });
  await person(e, "movedOut", { events: [["TRANSFERRED_OUT", "2025-05-01"]] });
  await person(e, "lateJoiner", { joined: "2026-11-20" });
  const lateRows = await person(e, "lateRows", { salary: 9_000_000 });
  await salary(lateRows, "2025-04-01", 5_000_000); // before April: rows exist but none in force → fixed
  await person(e, "bchPayer", { salary: 10_000_000 });
  // Payments: full, short, above the statutory rate (the BCH's extra), reversed, and in a month not owed.
  for (const m of ["2025-01", "2025-02", "2025-07", "2026-01", "2026-02"]) await pay(e, "high", m, 234_000);
  await pay(e, "raised", "2025-07", 35_000);
  await pay(e, "raised", "2026-08", 64_000);
  await pay(e, "bchPayer", "2026-03", 80_000); // 0,5 % = 50.000, BCH 0,8 % = 80.000
  await pay(e, "bchPayer", "2026-04", 60_000); // part of the extra
  await pay(e, "bchPayer", "2026-05", 40_000); // short of the statutory part
  const wrong = await pay(e, "joinLeave", "2025-05", 60_000);
  await db.duesPayment.create({
    data: {
      unitId: e.id,
      memberId: e.members.joinLeave,
      groupId: e.groups[0],
      month: day("2025-05-01"),
      amount: -60_000,
      method: "GROUP_CASH",
      paidOn: day("2025-05-25"),
      reversesId: wrong,
    },
  });
  await pay(e, "movedOut", "2025-08", 30_000); // paid for a month as no member
  await pay(e, "exempt", "2025-07", 30_000, 1); // paid in a miễn month

  // A school funded by the state budget: 1 % until 30/6/2025, không thu from 01/6/2025.
  stateFunded = await unitWith([
    ["dues.unit.funding", "state_full", "2016-01-01"],
    ["dues.stateFunded.collect", "collect", "2016-01-01"],
    ["dues.stateFunded.collect", "stop", "2025-06-01"],
  ]);
  const s = stateFunded;
  await person(s, "teacher", { salary: 5_000_000 });
  await person(s, "newTeacher", { joined: "2025-02-10", group: 1 });
  for (const m of ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-07"])
    await pay(s, "teacher", m, 50_000);

  // A state-owned enterprise priced on tiền lương thực lĩnh; a 1 % BCH rate from 2025 (above 1 %? no:
  // equal until 06/2025, above the 0,5 % from 07/2025).
  netBased = await unitWith([
    ["unit.type", "enterprise", "2016-01-01"],
    ["dues.enterprise.base", "net", "2016-01-01"],
    ["dues.bch.rate.percent", 1, "2025-01-01"],
    ["dues.cdcs.share.percent", 75, "2026-01-01"],
  ]);
  const n = netBased;
  const net = await person(n, "net", { salary: null });
  await salary(net, "2019-01-01", 8_000_000, 6_500_000);
  await salary(net, "2025-07-01", 8_000_000, 7_000_000);
  await person(n, "bhxhOnly", { salary: 7_000_000 }); // no net salary: the fixed amount
  for (const m of ["2025-06", "2025-07", "2026-01"]) await pay(n, "net", m, 65_000);
});

/** The JS walk summed per month: the reference. */
async function walkedMonths(unitId: string, months: string[], groupId?: string) {
  const sums = new Map(months.map((m) => [m, { month: m, owed: 0, collected: 0, extraPaid: 0 }]));
  await walkUnitLedger(
    unitId,
    months,
    (m) => {
      for (const l of m.months) {
        const s = sums.get(l.month)!;
        s.owed += l.amount;
        s.collected += l.paid;
        s.extraPaid += splitPaid(l).extraPaid;
      }
    },
    groupId,
  );
  return [...sums.values()];
}

describe("the set-based dues ledger equals the rule walked in JS", () => {
  it("month by month, for each unit and each tổ", async () => {
    for (const u of [enterprise, stateFunded, netBased]) {
      expect(await duesMonthSums({ unitId: u.id }, MONTHS)).toEqual(await walkedMonths(u.id, MONTHS));
      for (const g of u.groups)
        expect(await duesMonthSums({ unitId: u.id, groupId: g }, MONTHS)).toEqual(
          await walkedMonths(u.id, MONTHS, g),
        );
    }
  });

  it("for the totals of a year, a quarter across 30/6 → 01/7/2025, and a single month", async () => {
    const spans = [
      MONTHS,
      monthsBetween("2025-01", "2025-12"),
      monthsBetween("2025-05", "2025-08"),
      ["2026-04"],
    ];
    for (const u of [enterprise, stateFunded, netBased])
      for (const span of spans)
        expect(await unitDuesTotals(u.id, span)).toEqual(await walkedDuesTotals(u.id, span));
  });

  it("reaches the boundaries it names (figures worked by hand)", async () => {
    const sums = await duesMonthSums({ unitId: stateFunded.id }, MONTHS);
    const at = (m: string) => sums.find((s) => s.month === m)!;
    // 1 % of 5.000.000 and of 6.000.000 (newTeacher from February) until 05/2025, then không thu.
    expect(at("2025-01").owed).toBe(50_000);
    expect(at("2025-05").owed).toBe(110_000);
    expect(at("2025-06").owed).toBe(0);
    expect(at("2025-07")).toEqual({ month: "2025-07", owed: 0, collected: 50_000, extraPaid: 0 });
    // The enterprise's high earner alone: capped 234.000 in 06/2025, 0,5 % = 150.000 in 07/2025,
    // then the BCH's 0,8 % = 240.000 in 2026 (above the cap, which binds the statutory part only).
    const high = await duesMonthSums({ unitId: enterprise.id }, ["2025-06", "2025-07", "2026-01"]);
    const walked = await walkedMonths(enterprise.id, ["2025-06", "2025-07", "2026-01"]);
    expect(high).toEqual(walked);
    const book = (await getDuesBook(enterprise.id, 2026, null))!;
    const row = book.groups.flatMap((g) => g.members).find((m) => m.id === enterprise.members.high)!;
    expect(row.owed).toBe(12 * 240_000);
  });

  it("the yearly sổ's totals equal the walked totals", async () => {
    for (const u of [enterprise, stateFunded, netBased])
      for (const year of [2025, 2026]) {
        const months = monthsBetween(`${year}-01`, `${year}-12`);
        const book = (await getDuesBook(u.id, year, null))!;
        const walked = await walkedMonths(u.id, months);
        expect(book.owedByMonth).toEqual(walked.map((w) => w.owed));
        expect(book.paidByMonth).toEqual(walked.map((w) => w.collected));
        // Every member's every month: status, owed, paid; the same members in the same tổ.
        const cells: Record<string, unknown> = {};
        await walkUnitLedger(u.id, months, (m) => {
          cells[m.id] = m.months.map((l) => ({
            month: l.month,
            status: l.status,
            amount: l.amount,
            paid: l.paid,
          }));
        });
        expect(
          Object.fromEntries(book.groups.flatMap((g) => g.members).map((m) => [m.id, m.months])),
        ).toEqual(cells);
        const t = await walkedDuesTotals(u.id, months);
        expect({ upperShare: book.upperShare, extra: book.extra }).toEqual({
          upperShare: t.upperShare,
          extra: t.extraKept,
        });
      }
  });
});
