// The fund's stored month sums (derived."FundMonthTotal", kept by triggers on FundEntry; decision
// 0080) stay equal to a from-scratch SUM over the entries, written here in SQL, after
// entries, reversals across a month's end, a rolled-back transaction, and direct edits and deletes;
// and the report and the books, which read them, give the figures of that from-scratch SQL.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getBook } from "@/lib/finance/fund/books";
import { recordFundEntry, reverseFundEntry } from "@/lib/finance/fund/record-entry";
import { getFundReport } from "@/lib/finance/fund/report";
import { balanceBefore } from "@/lib/finance/fund/totals";
import { makeFundCategories } from "../factories/fund";
import { makeUnit } from "../factories/records";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
let unitId: string;

type Diff = {
  month: Date;
  account: string;
  categoryId: string;
  direction: string;
  stored: bigint;
  summed: bigint;
};

/** Every (month, account, category, direction) whose stored sum or count differs from the entries'. */
async function differences(): Promise<Diff[]> {
  return db.$queryRaw<Diff[]>`
    WITH summed AS (
      SELECT date_trunc('month', date)::date AS month, account::text AS account, "categoryId", direction::text AS direction,
             SUM(amount)::bigint AS amount, COUNT(*)::int AS entries
      FROM "FundEntry" WHERE "unitId" = ${unitId} GROUP BY 1, 2, 3, 4
    ), stored AS (
      SELECT month, account::text AS account, "categoryId", direction::text AS direction, amount, entries
      FROM derived."FundMonthTotal" WHERE "unitId" = ${unitId}
    )
    SELECT COALESCE(s.month, t.month) AS month, COALESCE(s.account, t.account) AS account,
           COALESCE(s."categoryId", t."categoryId") AS "categoryId", COALESCE(s.direction, t.direction) AS direction,
           COALESCE(s.amount, 0) AS stored, COALESCE(t.amount, 0) AS summed
    FROM stored s FULL JOIN summed t USING (month, account, "categoryId", direction)
    WHERE COALESCE(s.amount, 0) <> COALESCE(t.amount, 0) OR COALESCE(s.entries, 0) <> COALESCE(t.entries, 0)`;
}

/** The balance at the start of `iso` summed from every entry, in SQL written here. */
async function balanceFromScratch(iso: string, account?: "CASH" | "BANK") {
  const [{ b }] = await db.$queryRaw<{ b: bigint | null }[]>`
    SELECT SUM(CASE WHEN direction = 'IN' THEN amount ELSE -amount END)::bigint AS b FROM "FundEntry"
    WHERE "unitId" = ${unitId} AND date < ${iso}::date
      AND (${account ?? null}::text IS NULL OR account::text = ${account ?? null}::text)`;
  return Number(b ?? 0);
}

const record = (
  iso: string,
  category: string,
  direction: "IN" | "OUT",
  amount: number,
  account: "CASH" | "BANK" = "CASH",
) =>
  db.$transaction((tx) =>
    recordFundEntry(tx, {
      unitId,
      date: day(iso),
      direction,
      account,
      category,
      amount,
      description: `Phiếu ${iso} ${category}`,
      actorId: "test-treasurer",
    }),
  );

beforeAll(async () => {
  unitId = (await makeUnit(db)).id;
  await makeFundCategories(db, unitId);
});

describe("the fund's stored month sums", () => {
  it("equal a from-scratch SUM after entries, reversals, a rollback, edits and deletes", async () => {
    await record("2030-11-20", "OTHER_IN", "IN", 4_000_000);
    await record("2031-01-05", "AGENCY", "IN", 5_000_000, "BANK");
    const wrong = await record("2031-01-31", "ACTIVITIES", "OUT", 1_200_000);
    await record("2031-02-01", "ACTIVITIES", "OUT", 300_000);
    await record("2031-03-31", "ADMIN", "OUT", 450_000, "BANK");
    await record("2031-04-01", "SOCIALIZED", "IN", 700_000);
    // A correction in the next month: the reversal's −1.200.000 belongs to February.
    await db.$transaction((tx) =>
      reverseFundEntry(tx, {
        unitId,
        entryId: wrong.id,
        date: day("2031-02-10"),
        reason: "Ghi nhầm",
        actorId: "t",
      }),
    );
    expect(await differences()).toEqual([]);
    const stored = await db.$queryRaw<{ amount: bigint }[]>`
      SELECT amount FROM derived."FundMonthTotal" t JOIN "FundCategory" c ON c.id = t."categoryId"
      WHERE t."unitId" = ${unitId} AND c.code = 'ACTIVITIES' ORDER BY t.month`;
    // Worked by hand: January 1.200.000; February 300.000 − 1.200.000 = −900.000.
    expect(stored.map((r) => Number(r.amount))).toEqual([1_200_000, -900_000]);

    // A transaction that fails after writing its entry leaves no sum behind.
    await expect(
      db.$transaction(async (tx) => {
        await recordFundEntry(tx, {
          unitId,
          date: day("2031-05-05"),
          direction: "IN",
          account: "CASH",
          category: "OTHER_IN",
          amount: 9_999_000,
          description: "Bỏ",
          actorId: "t",
        });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await db.fundEntry.count({ where: { unitId, date: day("2031-05-05") } })).toBe(0);
    expect(await differences()).toEqual([]);

    // Entries are never edited or deleted by the app; if SQL does it, the sums follow.
    const moved = await record("2031-06-15", "OTHER_IN", "IN", 250_000);
    await db.fundEntry.update({
      where: { id: moved.id },
      data: { date: day("2031-07-02"), account: "BANK" },
    });
    expect(await differences()).toEqual([]);
    const gone = await record("2031-08-08", "ADMIN", "OUT", 80_000);
    await db.$executeRaw`DELETE FROM "FundEntry" WHERE id = ${gone.id}`;
    expect(await differences()).toEqual([]);
    // A set written in one statement (as the seeds do).
    const cat = await db.fundCategory.findFirstOrThrow({ where: { unitId, code: "ACTIVITIES" } });
    await db.$executeRaw`
      INSERT INTO "FundEntry"(id, "unitId", date, direction, account, "categoryId", amount, "voucherYear", "voucherNo", description)
      SELECT 'mt-' || ${unitId} || '-' || i, ${unitId}, make_date(2031, 1 + i % 12, 1 + i % 28), 'OUT', 'CASH', ${cat.id},
             1000 * i, 2031, 'MT' || i, 'Hàng loạt ' || i
      FROM generate_series(1, 250) i`;
    expect(await differences()).toEqual([]);
  });

  it("gives the report and the books the from-scratch figures", async () => {
    for (const iso of ["2031-01-01", "2031-02-01", "2031-02-11", "2031-04-01", "2031-07-02", "2032-01-01"]) {
      expect(await balanceBefore(unitId, day(iso)), iso).toBe(await balanceFromScratch(iso));
      expect(await balanceBefore(unitId, day(iso), "BANK"), iso).toBe(await balanceFromScratch(iso, "BANK"));
    }
    const r = await getFundReport(unitId, 2031, 2);
    expect(r.opening.CASH).toBe(await balanceFromScratch("2031-04-01", "CASH"));
    expect(r.opening.BANK).toBe(await balanceFromScratch("2031-04-01", "BANK"));
    expect(r.closing.TOTAL).toBe(await balanceFromScratch("2031-07-01"));
    const lines = await db.$queryRaw<{ code: string; period: bigint; ytd: bigint }[]>`
      SELECT c.code, COALESCE(SUM(e.amount) FILTER (WHERE e.date >= '2031-04-01'), 0)::bigint AS period,
             COALESCE(SUM(e.amount), 0)::bigint AS ytd
      FROM "FundEntry" e JOIN "FundCategory" c ON c.id = e."categoryId"
      WHERE e."unitId" = ${unitId} AND e.date >= '2031-01-01' AND e.date < '2031-07-01' GROUP BY c.code`;
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines)
      expect(
        r.lines.find((x) => x.code === l.code),
        l.code,
      ).toMatchObject({
        period: Number(l.period),
        yearToDate: Number(l.ytd),
      });

    // The cash book of 2031 (250 + 5 rows), whole and by pages of 200: the same rows, balances and totals.
    const whole = await getBook(unitId, "CASH", day("2031-01-01"), day("2032-01-01"));
    expect(whole.opening).toBe(4_000_000);
    expect(whole.closing).toBe(await balanceFromScratch("2032-01-01", "CASH"));
    expect(whole.rows.at(-1)?.balance).toBe(whole.closing);
    const p1 = await getBook(unitId, "CASH", day("2031-01-01"), day("2032-01-01"), 1);
    expect(p1.rowCount).toBe(whole.rows.length);
    expect(p1.rows).toEqual(whole.rows.slice(0, 200));
    expect(p1.closing).toBe(whole.closing);
    expect(p1.pageCount).toBe(2);
    const p2 = await getBook(unitId, "CASH", day("2031-01-01"), day("2032-01-01"), 2);
    expect(p2.rows).toEqual(whole.rows.slice(200));
    expect(p2.rows.at(-1)?.balance).toBe(whole.closing);
  });
});
