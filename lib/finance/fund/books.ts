import "server-only";
// Sổ quỹ tiền mặt / sổ tiền gửi: the opening balance, every entry of the account in the period in
// date order (thu before chi within a day, then by số phiếu), the running balance, each day's closing
// balance, and the closing balance; with the reconciliations recorded in the period.
import { db } from "@/lib/db";
import type { Account, Direction } from "../labels";
import { balanceBefore } from "./totals";

export type BookRow = {
  id: string;
  date: Date;
  direction: Direction;
  voucherNo: string;
  voucherYear: number;
  description: string;
  categoryName: string;
  income: number;
  spending: number;
  balance: number;
  /** The day's last row: its balance is the day's closing balance. */
  endOfDay: boolean;
  reversesId: string | null;
  reversed: boolean;
};

export type Book = {
  account: Account;
  from: Date;
  to: Date;
  opening: number;
  rows: BookRow[];
  income: number;
  spending: number;
  closing: number;
  reconciliations: {
    id: string;
    date: Date;
    bookBalance: number;
    actualBalance: number;
    difference: number;
    note: string | null;
  }[];
};

export async function getBook(unitId: string, account: Account, from: Date, to: Date): Promise<Book> {
  const [opening, entries, reconciliations] = await Promise.all([
    balanceBefore(unitId, from, account),
    // One flat query (a year of a large unit's sổ is tens of thousands of rows).
    db.$queryRaw<
      {
        id: string;
        date: Date;
        direction: Direction;
        voucherNo: string;
        voucherYear: number;
        description: string;
        amount: number;
        reversesId: string | null;
        reversed: boolean;
        categoryName: string;
      }[]
    >`
      SELECT e.id, e.date, e.direction::text AS direction, e."voucherNo", e."voucherYear", e.description, e.amount,
             e."reversesId", EXISTS (SELECT 1 FROM "FundEntry" r WHERE r."reversesId" = e.id) AS reversed,
             c.name AS "categoryName"
      FROM "FundEntry" e JOIN "FundCategory" c ON c.id = e."categoryId"
      WHERE e."unitId" = ${unitId} AND e.account = ${account}::"FundAccount" AND e.date >= ${from} AND e.date < ${to}
      ORDER BY e.date, e.direction, e."voucherNo"`,
    db.fundReconciliation.findMany({
      where: { unitId, account, date: { gte: from, lt: to } },
      orderBy: [{ date: "asc" }, { createdAt: "asc" }],
      select: { id: true, date: true, bookBalance: true, actualBalance: true, difference: true, note: true },
    }),
  ]);
  let balance = opening;
  let income = 0;
  let spending = 0;
  const rows: BookRow[] = entries.map((e, i) => {
    const inc = e.direction === "IN" ? e.amount : 0;
    const out = e.direction === "OUT" ? e.amount : 0;
    income += inc;
    spending += out;
    balance += inc - out;
    const next = entries[i + 1];
    return {
      id: e.id,
      date: e.date,
      direction: e.direction,
      voucherNo: e.voucherNo,
      voucherYear: e.voucherYear,
      description: e.description,
      categoryName: e.categoryName,
      income: inc,
      spending: out,
      balance,
      endOfDay: !next || next.date.getTime() !== e.date.getTime(),
      reversesId: e.reversesId,
      reversed: e.reversed,
    };
  });
  return { account, from, to, opening, rows, income, spending, closing: balance, reconciliations };
}
