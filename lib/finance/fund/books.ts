import "server-only";
// Sổ quỹ tiền mặt / sổ tiền gửi: the opening balance, every entry of the account in the period in
// date order (thu before chi within a day, then by số phiếu), the running balance, each day's closing
// balance, and the closing balance; with the reconciliations recorded in the period.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
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
  /** 1 and 1 when the whole period was asked for. */
  page: number;
  pageCount: number;
  /** Rows in the whole period. */
  rowCount: number;
};

/** Rows per screen page of a book: a large unit's year is tens of thousands of rows. */
export const BOOK_PAGE_SIZE = 200;

type EntryRow = {
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
  /** Thu − chi of the period's rows up to and including this one. */
  run: bigint;
  nextDate: Date | null;
};

/**
 * The book of an account for [from, to). With `page` (1-based), only that page's rows
 * (BOOK_PAGE_SIZE of them), each with its running balance over the whole period; the totals
 * always cover the whole period. Without it, every row (the printed sổ and its Excel).
 */
export async function getBook(
  unitId: string,
  account: Account,
  from: Date,
  to: Date,
  page?: number,
): Promise<Book> {
  const first = page ? (Math.max(1, Math.floor(page)) - 1) * BOOK_PAGE_SIZE : 0;
  const last = page ? first + BOOK_PAGE_SIZE : 2_147_483_646;
  const [opening, sums, reconciliations] = await Promise.all([
    balanceBefore(unitId, from, account),
    // The period's totals: from the stored month sums when it is whole months (years, quarters).
    from.getUTCDate() === 1 && to.getUTCDate() === 1
      ? db.$queryRaw<{ income: bigint | null; spending: bigint | null; n: number }[]>`
      SELECT SUM(amount) FILTER (WHERE direction = 'IN')::bigint AS income,
             SUM(amount) FILTER (WHERE direction = 'OUT')::bigint AS spending, COALESCE(SUM(entries), 0)::int AS n
      FROM derived."FundMonthTotal"
      WHERE "unitId" = ${unitId} AND account = ${account}::"FundAccount" AND month >= ${from} AND month < ${to}`
      : db.$queryRaw<{ income: bigint | null; spending: bigint | null; n: number }[]>`
      SELECT SUM(amount) FILTER (WHERE direction = 'IN')::bigint AS income,
             SUM(amount) FILTER (WHERE direction = 'OUT')::bigint AS spending, COUNT(*)::int AS n
      FROM "FundEntry"
      WHERE "unitId" = ${unitId} AND account = ${account}::"FundAccount" AND date >= ${from} AND date < ${to}`,
    db.fundReconciliation.findMany({
      where: { unitId, account, date: { gte: from, lt: to } },
      orderBy: [{ date: "asc" }, { createdAt: "asc" }],
      select: { id: true, date: true, bookBalance: true, actualBalance: true, difference: true, note: true },
    }),
  ]);
  const income = Number(sums[0]?.income ?? 0);
  const spending = Number(sums[0]?.spending ?? 0);
  const rowCount = sums[0]?.n ?? 0;
  // A page in the second half of the period is read from its end backwards: its running balance
  // is the period's net less what follows it, so the last page reads no earlier row.
  const entries =
    page && first >= rowCount / 2
      ? await pageFromEnd(unitId, account, from, to, { first, last, rowCount, net: income - spending })
      : await pageFromStart(unitId, account, from, to, { first, last });
  const rows: BookRow[] = entries.map((e) => ({
    id: e.id,
    date: e.date,
    direction: e.direction,
    voucherNo: e.voucherNo,
    voucherYear: e.voucherYear,
    description: e.description,
    categoryName: e.categoryName,
    income: e.direction === "IN" ? e.amount : 0,
    spending: e.direction === "OUT" ? e.amount : 0,
    balance: opening + Number(e.run),
    endOfDay: !e.nextDate || e.nextDate.getTime() !== e.date.getTime(),
    reversesId: e.reversesId,
    reversed: e.reversed,
  }));
  return {
    account,
    from,
    to,
    opening,
    rows,
    income,
    spending,
    closing: opening + income - spending,
    reconciliations,
    page: page ? first / BOOK_PAGE_SIZE + 1 : 1,
    pageCount: page ? Math.max(1, Math.ceil(rowCount / BOOK_PAGE_SIZE)) : 1,
    rowCount,
  };
}

type Span = { first: number; last: number };
const ENTRY_COLUMNS = `e.id, e.date, e.direction::text AS direction, e."voucherNo", e."voucherYear", e.description,
  e.amount, e."reversesId", EXISTS (SELECT 1 FROM "FundEntry" x WHERE x."reversesId" = e.id) AS reversed,
  c.name AS "categoryName"`;

/** The period's rows in the book's order up to the page's end (and one more, for the day's end). */
function pageFromStart(unitId: string, account: Account, from: Date, to: Date, { first, last }: Span) {
  return db.$queryRaw<EntryRow[]>`
    WITH o AS (
      SELECT e.id, e.date, e.direction, e."voucherNo", e.amount
      FROM "FundEntry" e
      WHERE e."unitId" = ${unitId} AND e.account = ${account}::"FundAccount" AND e.date >= ${from} AND e.date < ${to}
      ORDER BY e.date, e.direction, e."voucherNo", e.id
      LIMIT (${last + 1})::bigint
    ), r AS (
      SELECT o.id, o.date,
             SUM(CASE WHEN o.direction = 'IN' THEN o.amount ELSE -o.amount END) OVER w AS run,
             lead(o.date) OVER w AS "nextDate",
             row_number() OVER w AS n
      FROM o WINDOW w AS (ORDER BY o.date, o.direction, o."voucherNo", o.id)
    )
    SELECT ${Prisma.raw(ENTRY_COLUMNS)}, r.run::bigint AS run, r."nextDate"
    FROM r JOIN "FundEntry" e ON e.id = r.id JOIN "FundCategory" c ON c.id = e."categoryId"
    WHERE r.n > ${first} AND r.n <= ${last}
    ORDER BY r.n`;
}

/**
 * The same page read from the period's end (FundEntry_book_order_idx backwards): the rows after
 * `first`, newest first; a row's running balance is the period's net less the rows after it.
 */
function pageFromEnd(
  unitId: string,
  account: Account,
  from: Date,
  to: Date,
  { first, last, rowCount, net }: Span & { rowCount: number; net: number },
) {
  return db.$queryRaw<EntryRow[]>`
    WITH o AS (
      SELECT e.id, e.date, e.direction, e."voucherNo", e.amount
      FROM "FundEntry" e
      WHERE e."unitId" = ${unitId} AND e.account = ${account}::"FundAccount" AND e.date >= ${from} AND e.date < ${to}
      ORDER BY e.date DESC, e.direction DESC, e."voucherNo" DESC, e.id DESC
      LIMIT (${rowCount - first})::bigint
    ), r AS (
      SELECT o.id, o.date,
             COALESCE(SUM(CASE WHEN o.direction = 'IN' THEN o.amount ELSE -o.amount END)
               OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS after,
             lag(o.date) OVER w AS "nextDate",
             row_number() OVER w AS k
      FROM o WINDOW w AS (ORDER BY o.date DESC, o.direction DESC, o."voucherNo" DESC, o.id DESC)
    )
    SELECT ${Prisma.raw(ENTRY_COLUMNS)}, (${net}::bigint - r.after)::bigint AS run, r."nextDate"
    FROM r JOIN "FundEntry" e ON e.id = r.id JOIN "FundCategory" c ON c.id = e."categoryId"
    WHERE r.k >= ${rowCount - last + 1}
    ORDER BY r.k DESC`;
}
