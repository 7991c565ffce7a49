// The đoàn phí paid per unit and month (derived."DuesPaymentMonth", kept by triggers on DuesPayment;
// decision 0102) stays equal to a from-scratch SUM over the payments, written here in SQL, after
// single payments, a reversal, a payroll-sized set in one statement, a rolled-back transaction, and
// direct edits and deletes (the dashboard's figures from it: dashboard-money.test.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeGroup, makeMember, makeUnit } from "../factories/records";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
let unitId: string;
let groupId: string;
let memberId: string;

type Diff = { month: Date; stored: bigint; summed: bigint };

/** Every month whose stored sum or count differs from the payments'. */
async function differences(): Promise<Diff[]> {
  return db.$queryRaw<Diff[]>`
    WITH summed AS (
      SELECT month, SUM(amount)::bigint AS amount, COUNT(*)::int AS payments
      FROM "DuesPayment" WHERE "unitId" = ${unitId} GROUP BY 1
    ), stored AS (
      SELECT month, amount, payments FROM derived."DuesPaymentMonth" WHERE "unitId" = ${unitId}
    )
    SELECT COALESCE(s.month, t.month) AS month, COALESCE(s.amount, 0) AS stored, COALESCE(t.amount, 0) AS summed
    FROM stored s FULL JOIN summed t USING (month)
    WHERE COALESCE(s.amount, 0) <> COALESCE(t.amount, 0) OR COALESCE(s.payments, 0) <> COALESCE(t.payments, 0)`;
}

async function storedMonths() {
  const rows = await db.$queryRaw<{ month: Date; amount: bigint; payments: number }[]>`
    SELECT month, amount, payments FROM derived."DuesPaymentMonth" WHERE "unitId" = ${unitId} ORDER BY month`;
  return rows.map((r) => [r.month.toISOString().slice(0, 10), Number(r.amount), r.payments]);
}

const pay = (month: string, amount: number, reversesId?: string) =>
  db.duesPayment.create({
    data: {
      unitId,
      memberId,
      groupId,
      month: day(month),
      amount,
      method: "CASH",
      paidOn: day(month),
      reversesId,
    },
  });

beforeAll(async () => {
  unitId = (await makeUnit(db)).id;
  groupId = (await makeGroup(db, unitId)).id;
  memberId = (await makeMember(db, { unitId, groupId })).id;
});

describe("the đoàn phí paid per month", () => {
  it("equals a from-scratch SUM after payments, a reversal, a set, a rollback, edits and deletes", async () => {
    await pay("2031-01-01", 35_000);
    const wrong = await pay("2031-02-01", 53_000);
    await pay("2031-02-01", 35_000);
    // The wrong February payment reversed: its own row, negative, for the same month.
    await pay("2031-02-01", -53_000, wrong.id);
    // Worked by hand: January 35.000 (1 payment); February 53.000 + 35.000 − 53.000 = 35.000 (3 rows).
    expect(await storedMonths()).toEqual([
      ["2031-01-01", 35_000, 1],
      ["2031-02-01", 35_000, 3],
    ]);

    // A payroll list in one statement: 300 members' rows for March at 40.000 each = 12.000.000.
    await db.$executeRaw`
      INSERT INTO "DuesPayment"(id, "unitId", "memberId", month, amount, method, "paidOn", "groupId", "updatedAt")
      SELECT 'dpm-' || ${unitId} || '-' || i, ${unitId}, ${memberId}, DATE '2031-03-01', 40000, 'PAYROLL',
             DATE '2031-03-25', ${groupId}, now()
      FROM generate_series(1, 300) i`;
    expect((await storedMonths())[2]).toEqual(["2031-03-01", 12_000_000, 300]);

    // A transaction that fails after writing its payment leaves no sum behind.
    await expect(
      db.$transaction(async (tx) => {
        await tx.duesPayment.create({
          data: {
            unitId,
            memberId,
            groupId,
            month: day("2031-04-01"),
            amount: 99_000,
            method: "CASH",
            paidOn: day("2031-04-02"),
          },
        });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await storedMonths()).toHaveLength(3);
    expect(await differences()).toEqual([]);

    // Payments are never edited or deleted by the app; if SQL does it, the sums follow.
    const moved = await pay("2031-05-01", 20_000);
    await db.duesPayment.update({
      where: { id: moved.id },
      data: { month: day("2031-06-01"), amount: 25_000 },
    });
    await db.$executeRaw`DELETE FROM "DuesPayment" WHERE id = ${`dpm-${unitId}-1`}`;
    expect(await differences()).toEqual([]);
    // Worked by hand: March lost one 40.000 row; May moved to June as 25.000; May is left at 0.
    expect(await storedMonths()).toEqual([
      ["2031-01-01", 35_000, 1],
      ["2031-02-01", 35_000, 3],
      ["2031-03-01", 11_960_000, 299],
      ["2031-05-01", 0, 0],
      ["2031-06-01", 25_000, 1],
    ]);
  });
});
