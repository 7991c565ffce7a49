// The fund's sums per category for a period (fundTotals): the stored month sums for the whole
// months inside the period, the entries for the days of a partial month at either end. Entries sit
// on every edge (the day before from, from, the last day of from's month, the first and last day of
// a whole month, the first day of to's month, the day before to, to itself, later in to's month);
// the sums are worked out by hand, then compared with a from-scratch SUM over the entries.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fundTotals } from "@/lib/finance/fund/totals";
import { makeFundCategories, makeFundEntry } from "../factories/fund";
import { makeUnit } from "../factories/records";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
let unitId: string;

/** The sum per category code of the unit's entries in [from, to), from the entries only. */
async function summedFromScratch(unit: string, from: string, to: string) {
  const rows = await db.$queryRaw<{ code: string; amount: bigint }[]>`
    SELECT c.code, COALESCE(SUM(e.amount), 0)::bigint AS amount
    FROM "FundCategory" c
    LEFT JOIN "FundEntry" e ON e."categoryId" = c.id AND e.date >= ${from}::date AND e.date < ${to}::date
    WHERE c."unitId" = ${unit} GROUP BY c.code`;
  return Object.fromEntries(rows.map((r) => [r.code, Number(r.amount)]));
}

/** The non-zero sums of fundTotals, by code. */
async function nonZero(from: string, to: string) {
  const t = await fundTotals(unitId, day(from), day(to));
  return Object.fromEntries(t.byCategory.filter((c) => c.amount !== 0).map((c) => [c.code, c.amount]));
}

beforeAll(async () => {
  unitId = (await makeUnit(db)).id;
  await makeFundCategories(db, unitId);
  const put = (code: string, date: string, amount: number, account: "CASH" | "BANK" = "CASH") =>
    makeFundEntry(db, { unitId, code, date, amount, account });
  // The period of the first test: 15/02/2032 (2032 is a leap year) up to 20/06/2032, exclusive.
  await put("ADMIN", "2032-01-31", 999); // before: opening only
  await put("DUES", "2032-02-01", 90_000_000); // from's month, before from: opening only
  await put("DUES", "2032-02-14", 1_000); // the day before from: opening only
  await put("DUES", "2032-02-15", 20_000); // from itself
  await put("ADMIN", "2032-02-20", 4_000);
  await put("DUES", "2032-02-29", 300_000); // last day of from's month
  await put("ACTIVITIES", "2032-03-01", 1_100); // first day of the first whole month
  await put("DUES", "2032-04-10", 4_000_000); // a whole month in the middle
  await put("ACTIVITIES", "2032-04-15", -100); // a reversal's negative amount
  await put("ACTIVITIES", "2032-05-31", 22_000); // last day of the last whole month
  await put("DUES", "2032-06-01", 50_000); // first day of to's month
  await put("ACTIVITIES", "2032-06-10", 330_000, "BANK");
  await put("DUES", "2032-06-19", 600); // the day before to
  await put("DUES", "2032-06-20", 7_000_000); // to itself: not counted
  await put("DUES", "2032-06-25", 80_000_000); // later in to's month: not counted
});

describe("fundTotals", () => {
  it("sums whole months and partial months at both ends, every category listed in order", async () => {
    const t = await fundTotals(unitId, day("2032-02-15"), day("2032-06-20"));
    // By hand: DUES 20.000 + 300.000 + 4.000.000 + 50.000 + 600 = 4.370.600;
    // ACTIVITIES 1.100 − 100 + 22.000 + 330.000 = 353.000; ADMIN 4.000; the others 0.
    expect(t.byCategory.map((c) => [c.direction, c.code, c.amount])).toEqual([
      ["IN", "DUES", 4_370_600],
      ["IN", "KPCD", 0],
      ["IN", "UPPER_GRANT", 0],
      ["IN", "AGENCY", 0],
      ["IN", "SOCIALIZED", 0],
      ["IN", "OTHER_IN", 0],
      ["OUT", "DUES_REMIT", 0],
      ["OUT", "WELFARE", 0],
      ["OUT", "ACTIVITIES", 353_000],
      ["OUT", "ALLOWANCES", 0],
      ["OUT", "REWARDS", 0],
      ["OUT", "ADMIN", 4_000],
      ["OUT", "OTHER_OUT", 0],
    ]);
    expect(t.byCategory[0].name).toBe("Đoàn phí công đoàn thu được");
    // Opening: 90.000.000 + 1.000 (thu) − 999 (chi) = 90.000.001.
    expect(t.opening).toBe(90_000_001);
    expect(t.income).toBe(4_370_600);
    expect(t.spending).toBe(357_000);
    // 90.000.001 + 4.370.600 − 357.000.
    expect(t.closing).toBe(94_013_601);
  });

  it("sums a period inside one month, one ending on a month's first day, and whole months only", async () => {
    // Inside June: 50.000 + 600 thu, 330.000 chi.
    expect(await nonZero("2032-06-01", "2032-06-20")).toEqual({ DUES: 50_600, ACTIVITIES: 330_000 });
    // Inside February, neither end on a 1st: 20.000 + 300.000; 4.000.
    expect(await nonZero("2032-02-15", "2032-03-01")).toEqual({ DUES: 320_000, ADMIN: 4_000 });
    expect(await nonZero("2032-02-16", "2032-02-29")).toEqual({ ADMIN: 4_000 });
    // March to May, whole months only: 4.000.000; 1.100 − 100 + 22.000.
    expect(await nonZero("2032-03-01", "2032-06-01")).toEqual({ DUES: 4_000_000, ACTIVITIES: 23_000 });
    // One day: to itself on its own.
    expect(await nonZero("2032-06-20", "2032-06-21")).toEqual({ DUES: 7_000_000 });
    // An empty period.
    expect(await nonZero("2032-04-10", "2032-04-10")).toEqual({});
  });

  it("equals a from-scratch SUM over the entries for every pair of edge days", async () => {
    const edges = [
      "2031-12-31",
      "2032-01-01",
      "2032-01-31",
      "2032-02-01",
      "2032-02-14",
      "2032-02-15",
      "2032-02-29",
      "2032-03-01",
      "2032-03-02",
      "2032-04-15",
      "2032-05-31",
      "2032-06-01",
      "2032-06-19",
      "2032-06-20",
      "2032-06-21",
      "2032-07-01",
    ];
    let compared = 0;
    for (const from of edges)
      for (const to of edges.filter((x) => x > from)) {
        const t = await fundTotals(unitId, day(from), day(to));
        const got = Object.fromEntries(t.byCategory.map((c) => [c.code, c.amount]));
        expect(got, `${from} → ${to}`).toEqual(await summedFromScratch(unitId, from, to));
        compared++;
      }
    expect(compared).toBe(120);
  });

  it("equals a from-scratch SUM over many entries spread over two years", async () => {
    const other = (await makeUnit(db)).id;
    const cats = await makeFundCategories(db, other);
    const codes = ["DUES", "KPCD", "WELFARE", "ADMIN"];
    // 400 entries written in one statement, scattered over 800 days from 20/11/2031, one in seven negative.
    await db.$executeRaw`
      INSERT INTO "FundEntry"(id, "unitId", date, direction, account, "categoryId", amount, "voucherYear", "voucherNo", description)
      SELECT 'ft-' || ${other} || '-' || i, ${other}, DATE '2031-11-20' + (i * 173) % 800,
             CASE WHEN i % 4 < 2 THEN 'IN' ELSE 'OUT' END::"FundDirection",
             CASE WHEN i % 3 = 0 THEN 'BANK' ELSE 'CASH' END::"FundAccount",
             (ARRAY[${cats[codes[0]]}, ${cats[codes[1]]}, ${cats[codes[2]]}, ${cats[codes[3]]}])[1 + i % 4],
             CASE WHEN i % 7 = 0 THEN -1000 * i ELSE 1000 * i + 17 END, 2032, 'FT' || i, 'Hàng loạt ' || i
      FROM generate_series(1, 400) i`;
    const [{ first, last }] = await db.$queryRaw<{ first: Date; last: Date }[]>`
      SELECT MIN(date) AS first, MAX(date) AS last FROM "FundEntry" WHERE "unitId" = ${other}`;
    // The entries span more than a year, so periods below cross many whole months.
    expect(last.getTime() - first.getTime()).toBeGreaterThan(400 * 86_400_000);
    const span = last.getTime() - first.getTime();
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    for (let k = 1; k <= 30; k++) {
      // Ends spread by fixed fractions of the span, landing on all kinds of days.
      const from = iso(
        first.getTime() + Math.floor(((((k * 37) % 100) / 100) * span) / 86_400_000) * 86_400_000,
      );
      const to = iso(
        first.getTime() + Math.floor(((((k * 61) % 101) / 100) * span) / 86_400_000) * 86_400_000,
      );
      const [a, b] = from <= to ? [from, to] : [to, from];
      const t = await fundTotals(other, day(a), day(b));
      const got = Object.fromEntries(t.byCategory.map((c) => [c.code, c.amount]));
      expect(got, `${a} → ${b}`).toEqual(await summedFromScratch(other, a, b));
    }
  });
});
