// The stored dues ledger (lib/finance/dues/store.ts, decision 0091-duesstore) stays true: after each
// kind of change to what the ledger reads (a payment, its reversal, a miễn and its reversal, a dated
// salary, a member leaving, joining, moving tổ or unit, a dues setting), the rows the sổ and the
// totals read from the store equal a fresh computation by the ledger SQL (book-rows.ts,
// month-sums.ts), for 2025, 2026 and a năm học across them; a few figures are worked by hand.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { bookRows } from "@/lib/finance/dues/book-rows";
import { loadDuesSettings } from "@/lib/finance/dues/facts";
import { monthsBetween } from "@/lib/finance/dues/rule";
import { storedBookRows, storedDuesTotals } from "@/lib/finance/dues/store-read";
import { freshDuesTotals } from "@/lib/finance/dues/unit-ledger";
import { makeGroup, makeMember, makeUnit } from "../factories/records";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const YEAR_2026 = monthsBetween("2026-01", "2026-12");
const SPANS = [monthsBetween("2025-01", "2025-12"), YEAR_2026, monthsBetween("2025-09", "2026-08")];

let unitId: string;
let groups: string[];
const ids: Record<string, string> = {};

async function person(name: string, o: { group?: number; joined?: string; salary?: number } = {}) {
  const m = await makeMember(db, {
    unitId,
    groupId: groups[o.group ?? 0],
    joinedUnionOn: o.joined ?? "2015-09-01",
  });
  await db.member.update({ where: { id: m.id }, data: { insuranceSalary: o.salary ?? 6_000_000 } });
  ids[name] = m.id;
}

const pay = (name: string, month: string, amount: number, reversesId?: string) =>
  db.duesPayment.create({
    data: {
      unitId,
      memberId: ids[name],
      groupId: groups[0],
      month: day(`${month}-01`),
      amount,
      method: "CASH",
      paidOn: day(`${month}-20`),
      reversesId,
    },
  });

/** The store read for every span, year and tổ equals the ledger computed afresh; no mark is left. */
async function expectStoreTrue() {
  const settings = await loadDuesSettings(unitId);
  for (const year of [2025, 2026]) {
    const months = monthsBetween(`${year}-01`, `${year}-12`);
    expect(await storedBookRows(unitId, year)).toEqual(await bookRows({ unitId }, settings, months));
    for (const g of groups)
      expect(await storedBookRows(unitId, year, g)).toEqual(
        await bookRows({ unitId, groupId: g }, settings, months),
      );
  }
  for (const span of SPANS) {
    expect(await storedDuesTotals(unitId, span)).toEqual(await freshDuesTotals(unitId, span));
    expect(await storedDuesTotals(unitId, span, groups[1])).toEqual(
      await freshDuesTotals(unitId, span, groups[1]),
    );
  }
  expect(
    await db.$queryRaw`SELECT count(*)::int AS n FROM derived."DuesStale" WHERE "unitId" = ${unitId}`,
  ).toEqual([{ n: 0 }]);
}

const row = async (name: string, year = 2026) =>
  (await storedBookRows(unitId, year)).find((r) => r.id === ids[name]);

beforeAll(async () => {
  unitId = (await makeUnit(db)).id;
  groups = [(await makeGroup(db, unitId)).id, (await makeGroup(db, unitId)).id];
  await db.setting.deleteMany({ where: { unitId, key: { startsWith: "dues." } } });
  await db.setting.create({
    data: { unitId, key: "unit.type", value: "enterprise", effectiveFrom: day("2016-01-01") },
  });
  await person("a");
  await person("b", { salary: 10_000_000, group: 1 });
  await person("leaver");
  // The store is built once, before every change below: each change must reach it by its triggers.
  await storedDuesTotals(unitId, SPANS[2]);
});

describe("the stored dues ledger equals a fresh computation after each kind of change", () => {
  it("starts equal, with the figures worked by hand", async () => {
    await expectStoreTrue();
    // 6.000.000 × 0,5 % = 30.000 a month in 2026; 1 % = 60.000 until 06/2025.
    expect((await row("a"))!.amounts).toEqual(Array(12).fill(30_000));
    expect((await row("a", 2025))!.amounts.slice(4, 8)).toEqual([60_000, 60_000, 30_000, 30_000]);
    expect(await storedDuesTotals(unitId, YEAR_2026)).toMatchObject({ owed: 12 * (30_000 * 2 + 50_000) });
  });

  it("a payment and its reversal", async () => {
    const p = await pay("a", "2026-03", 30_000);
    await expectStoreTrue();
    expect((await row("a"))!.paids[2]).toBe(30_000);
    // The cấp trên's 30 % of 30.000.
    expect(await storedDuesTotals(unitId, YEAR_2026)).toMatchObject({ collected: 30_000, upperShare: 9_000 });
    await pay("a", "2026-03", -30_000, p.id);
    await expectStoreTrue();
    expect((await row("a"))!.paids[2]).toBe(0);
    await pay("b", "2025-02", 100_000); // a year read only through the năm học's slices
    await expectStoreTrue();
  });

  it("a miễn and its reversal", async () => {
    const x = await db.duesExemption.create({
      data: {
        unitId,
        memberId: ids.b,
        fromMonth: day("2025-12-01"),
        toMonth: day("2026-02-01"),
        reason: "BHXH_BENEFIT",
      },
    });
    await expectStoreTrue();
    expect((await row("b"))!.codes).toBe("EEOOOOOOOOOO");
    expect((await row("b", 2025))!.codes.at(-1)).toBe("E");
    await db.duesExemption.update({ where: { id: x.id }, data: { archivedAt: day("2026-03-01") } });
    await expectStoreTrue();
    expect((await row("b"))!.codes).toBe("OOOOOOOOOOOO");
  });

  it("a dated salary", async () => {
    await db.memberSalary.createMany({
      data: [
        { memberId: ids.a, effectiveFrom: day("1900-01-01"), bhxhSalary: 6_000_000 },
        { memberId: ids.a, effectiveFrom: day("2026-07-01"), bhxhSalary: 8_000_000 },
      ],
    });
    await expectStoreTrue();
    expect((await row("a"))!.amounts).toEqual([...Array(6).fill(30_000), ...Array(6).fill(40_000)]);
    expect((await row("a"))!.lastSalary).toBe(8_000_000);
  });

  it("a member leaving, one joining, one moving tổ and one moving out of the unit", async () => {
    await db.memberEvent.create({
      data: { memberId: ids.leaver, type: "LEFT", effectiveOn: day("2026-09-10") },
    });
    await expectStoreTrue();
    expect((await row("leaver"))!.codes).toBe("OOOOOOOOONNN");
    await person("joiner", { joined: "2026-05-15", group: 1 });
    await expectStoreTrue();
    expect((await row("joiner"))!.codes).toBe("NNNNOOOOOOOO");
    await db.member.update({ where: { id: ids.a }, data: { groupId: groups[1] } });
    await expectStoreTrue();
    expect((await storedBookRows(unitId, 2026, groups[1])).map((r) => r.id)).toContain(ids.a);
    const other = await makeUnit(db);
    await db.member.update({ where: { id: ids.leaver }, data: { unitId: other.id } });
    await expectStoreTrue();
    expect(await row("leaver")).toBeUndefined();
  });

  it("a dues setting: the whole unit, every year", async () => {
    await pay("b", "2026-06", 50_000);
    const before = await storedDuesTotals(unitId, YEAR_2026);
    await db.setting.create({
      data: { unitId, key: "dues.cdcs.share.percent", value: 75, effectiveFrom: day("2026-01-01") },
    });
    await expectStoreTrue();
    // The cấp trên's 25 % of 50.000 (was 30 %: 15.000).
    expect(before.upperShare).toBe(15_000);
    expect((await storedDuesTotals(unitId, YEAR_2026)).upperShare).toBe(12_500);
    await db.setting.create({
      data: { unitId, key: "dues.rate.percent", value: 1, effectiveFrom: day("2026-10-01") },
    });
    await expectStoreTrue();
    expect((await row("b"))!.amounts.slice(8)).toEqual([50_000, 100_000, 100_000, 100_000]);
  });

  it("a whole year marked at once (as a payroll import of more than 5,000 members leaves it)", async () => {
    await pay("joiner", "2026-08", 30_000);
    // The import's trigger leaves one mark for the unit-year instead of one per member.
    await db.$executeRaw`DELETE FROM derived."DuesStale" WHERE "unitId" = ${unitId}`;
    await db.$executeRaw`INSERT INTO derived."DuesStale" ("unitId", "memberId", year) VALUES (${unitId}, NULL, 2026)`;
    await expectStoreTrue();
    expect((await row("joiner"))!.paids[7]).toBe(30_000);
  });

  it("readers at the same moment after a change agree with the ledger", async () => {
    await pay("b", "2026-07", 50_000);
    await db.setting.create({
      data: { unitId, key: "dues.rate.percent", value: 0.5, effectiveFrom: day("2026-11-01") },
    });
    const span = SPANS[2];
    const [t1, t2, rows] = await Promise.all([
      storedDuesTotals(unitId, YEAR_2026),
      storedDuesTotals(unitId, span),
      storedBookRows(unitId, 2026),
    ]);
    expect(t1).toEqual(await freshDuesTotals(unitId, YEAR_2026));
    expect(t2).toEqual(await freshDuesTotals(unitId, span));
    expect(rows).toEqual(await bookRows({ unitId }, await loadDuesSettings(unitId), YEAR_2026));
  });

  it("the rows' text transport keeps an empty card number apart from none, and a name with its separators", async () => {
    await person("noCard");
    await db.member.update({ where: { id: ids.noCard }, data: { cardNumber: null } });
    await person("emptyCard");
    await db.member.update({ where: { id: ids.emptyCard }, data: { cardNumber: "" } });
    await pay("emptyCard", "2026-02", 30_000);
    expect((await row("noCard"))!.cardNumber).toBeNull();
    expect((await row("emptyCard"))!.cardNumber).toBe("");
    await expectStoreTrue();
    // A separator in a name: the rows are read as JSON instead, the same rows.
    await db.member.update({ where: { id: ids.noCard }, data: { fullName: "Nguyễn\u001eVăn\u001fAn" } });
    expect((await row("noCard"))!.fullName).toBe("Nguyễn\u001eVăn\u001fAn");
    await expectStoreTrue();
  });
});
