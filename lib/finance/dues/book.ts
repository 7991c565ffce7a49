import "server-only";
// The SỔ THEO DÕI THU ĐOÀN PHÍ of a year: every member of the unit (or of one tổ) × 12 months, priced
// by the rule and matched with what was paid, with the tổ subtotals, the unit's totals, the cấp trên's
// share and the remittances. The member-months are priced in SQL (book-rows.ts) and stored per member
// and year (store.ts, refreshed on read); they are kept compact (a status letter and two numbers per
// month), so 60,000 members stay a few tens of MB (bench/dues-book.ts). Decisions 0079, 0086, 0091.
import { db } from "@/lib/db";
import { loadDuesSettings } from "./facts";
import { monthOf } from "./labels";
import { termsCache, type LedgerMonth } from "./ledger";
import { collectStopped, monthsBetween, upperShareOf } from "./rule";
import { storedBookRows } from "./store-read";

/** A month of a member in the sổ: its status, what the rule asked for, what was paid. */
export type BookCell = Pick<LedgerMonth, "month" | "status" | "amount" | "paid">;

const STATUS = { O: "owed", N: "not_member", E: "exempt", K: "not_collected" } as const;

/**
 * A member's row, compact: a status letter and two numbers per month (a sổ of 60,000 members holds
 * 60,000 of these, not 720,000 objects); `months` builds the cells when asked.
 */
export class BookMember {
  constructor(
    readonly id: string,
    readonly fullName: string,
    readonly cardNumber: string | null,
    /** The salary the latest owed month of the year was worked on; null for the fixed amount. */
    readonly salary: number | null,
    /** What the latest owed month of the year asked for. */
    readonly monthly: number,
    /** One letter per month: O owed, N not a member, E miễn, K không thu. */
    readonly codes: string,
    readonly amounts: number[],
    readonly paids: number[],
    readonly owed: number,
    readonly paid: number,
    private readonly year: number,
  ) {}
  get months(): BookCell[] {
    return this.amounts.map((amount, i) => ({
      month: `${this.year}-${String(i + 1).padStart(2, "0")}`,
      status: STATUS[this.codes[i] as keyof typeof STATUS],
      amount,
      paid: this.paids[i],
    }));
  }
}

export type BookTotals = { owedByMonth: number[]; paidByMonth: number[]; owed: number; paid: number };

export type BookGroup = BookTotals & { id: string; name: string; members: BookMember[] };

export type BookMonth = {
  month: string;
  ratePercent: number;
  baseSalary: number;
  cdcsSharePercent: number;
  collectStopped: boolean;
  owed: number;
  paid: number;
  /** Paid above the statutory rate (the BCH's higher rate): kept 100 % by the CĐCS. */
  extra: number;
  /** The cấp trên's share of the statutory part paid this month. */
  upperShare: number;
};

export type DuesBook = BookTotals & {
  year: number;
  /** The tổ the sổ is limited to, or null for the whole unit. */
  group: { id: string; name: string } | null;
  groups: BookGroup[];
  months: BookMonth[];
  memberCount: number;
  upperShare: number;
  extra: number;
  kept: number;
  /** Remittances to the cấp trên for months of the year (the whole unit's sổ only). */
  remittances: {
    fromMonth: string;
    toMonth: string;
    amount: number;
    paidOn: Date;
    voucherNo: string | null;
  }[];
  remitted: number;
};

const zeros = () => Array.from({ length: 12 }, () => 0);
const emptyTotals = (): BookTotals => ({ owedByMonth: zeros(), paidByMonth: zeros(), owed: 0, paid: 0 });

/** The sổ of a year for the unit or one of its tổ (null when the tổ is not the unit's). */
export async function getDuesBook(
  unitId: string,
  year: number,
  groupId: string | null,
): Promise<DuesBook | null> {
  const group = groupId
    ? await db.group.findFirst({ where: { id: groupId, unitId }, select: { id: true, name: true } })
    : null;
  if (groupId && !group) return null;
  const months = monthsBetween(`${year}-01`, `${year}-12`);
  const first = new Date(`${year}-01-01T00:00:00.000Z`);
  const last = new Date(`${year}-12-31T00:00:00.000Z`);
  const stored = await loadDuesSettings(unitId);
  const [members, remittances] = await Promise.all([
    storedBookRows(unitId, year, groupId),
    groupId
      ? Promise.resolve([])
      : db.duesRemittance.findMany({
          where: { unitId, fromMonth: { gte: first, lte: last } },
          orderBy: [{ fromMonth: "asc" }, { paidOn: "asc" }],
          select: { fromMonth: true, toMonth: true, amount: true, paidOn: true, voucherNo: true },
        }),
  ]);
  const terms = termsCache(stored);
  const book: DuesBook = {
    year,
    group,
    groups: [],
    months: months.map((m) => {
      const t = terms(m);
      return {
        month: m,
        ratePercent: t.ratePercent,
        baseSalary: t.baseSalary,
        cdcsSharePercent: t.cdcsSharePercent,
        collectStopped: collectStopped(t),
        owed: 0,
        paid: 0,
        extra: 0,
        upperShare: 0,
      };
    }),
    memberCount: 0,
    upperShare: 0,
    extra: 0,
    kept: 0,
    remittances: remittances.map((r) => ({
      fromMonth: monthOf(r.fromMonth),
      toMonth: monthOf(r.toMonth),
      amount: Number(r.amount),
      paidOn: r.paidOn,
      voucherNo: r.voucherNo,
    })),
    remitted: remittances.reduce((s, r) => s + Number(r.amount), 0),
    ...emptyTotals(),
  };
  const standardByMonth = zeros();
  let current = null as BookGroup | null;
  for (const m of members) {
    if (current?.id !== m.groupId) {
      current = { id: m.groupId, name: m.groupName, members: [], ...emptyTotals() };
      book.groups.push(current);
    }
    let owed = 0;
    let paid = 0;
    for (let i = 0; i < 12; i++) {
      const [o, p, x] = [m.amounts[i], m.paids[i], m.extras?.[i] ?? 0];
      owed += o;
      paid += p;
      current.owedByMonth[i] += o;
      current.paidByMonth[i] += p;
      book.owedByMonth[i] += o;
      book.paidByMonth[i] += p;
      standardByMonth[i] += p - x;
      book.months[i].extra += x;
    }
    current.members.push(
      new BookMember(
        m.id,
        m.fullName,
        m.cardNumber,
        m.lastSalary,
        m.lastAmount ?? 0,
        m.codes,
        m.amounts,
        m.paids,
        owed,
        paid,
        year,
      ),
    );
    current.owed += owed;
    current.paid += paid;
    book.memberCount += 1;
  }
  book.months.forEach((bm, i) => {
    bm.owed = book.owedByMonth[i];
    bm.paid = book.paidByMonth[i];
    bm.upperShare = upperShareOf(standardByMonth[i], bm.cdcsSharePercent);
    book.upperShare += bm.upperShare;
    book.extra += bm.extra;
  });
  book.owed = book.owedByMonth.reduce((s, v) => s + v, 0);
  book.paid = book.paidByMonth.reduce((s, v) => s + v, 0);
  book.kept = book.paid - book.upperShare;
  return book;
}
