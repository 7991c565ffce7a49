import "server-only";
// The SỔ THEO DÕI THU ĐOÀN PHÍ of a year: every member of the unit (or of one tổ) × 12 months, priced
// by the rule and matched with what was paid, with the tổ subtotals, the unit's totals, the cấp trên's
// share and the remittances. One set-based query per section (members, lifecycle events, salaries,
// miễn, payments, remittances, settings), scoped in SQL: no query per member, so 60,000 members stay
// a handful of queries (bench/dues-book.ts). Decision 0079.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildDuesFacts, type FactRows, loadDuesSettings } from "./facts";
import { monthOf } from "./labels";
import { addPayment, ledgerMonth, termsCache, type LedgerMonth, type PaidSum } from "./ledger";
import { monthsBetween, upperShareOf } from "./rule";
import { splitPaid } from "./unit-ledger";

export type BookMember = {
  id: string;
  fullName: string;
  cardNumber: string | null;
  /** The salary the latest owed month of the year was worked on; null for the fixed amount. */
  salary: number | null;
  /** What the latest owed month of the year asked for. */
  monthly: number;
  months: LedgerMonth[];
  owed: number;
  paid: number;
};

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
  const inScope = groupId
    ? Prisma.sql`m."unitId" = ${unitId} AND m."groupId" = ${groupId}`
    : Prisma.sql`m."unitId" = ${unitId}`;
  const [stored, members, events, salaries, exemptions, payments, remittances] = await Promise.all([
    loadDuesSettings(unitId),
    db.$queryRaw<
      {
        id: string;
        fullName: string;
        cardNumber: string | null;
        joinedUnionOn: Date | null;
        insuranceSalary: number | null;
        groupId: string;
        groupName: string;
      }[]
    >`SELECT m.id, m."fullName", m."cardNumber", m."joinedUnionOn", m."insuranceSalary", m."groupId", g.name AS "groupName"
      FROM "Member" m JOIN "Group" g ON g.id = m."groupId"
      WHERE ${inScope} AND (m."joinedUnionOn" IS NULL OR m."joinedUnionOn" <= ${last})
      ORDER BY g.name, m."sortName", m.id`,
    db.$queryRaw<FactRows["events"]>`SELECT e."memberId", e.type::text AS type, e."effectiveOn"
      FROM "MemberEvent" e JOIN "Member" m ON m.id = e."memberId" WHERE ${inScope}`,
    db.$queryRaw<FactRows["salaries"]>`SELECT s."memberId", s."effectiveFrom", s."bhxhSalary", s."netSalary"
      FROM "MemberSalary" s JOIN "Member" m ON m.id = s."memberId" WHERE ${inScope}`,
    db.$queryRaw<FactRows["exemptions"]>`SELECT x."memberId", x."fromMonth", x."toMonth"
      FROM "DuesExemption" x JOIN "Member" m ON m.id = x."memberId"
      WHERE ${inScope} AND x."archivedAt" IS NULL AND x."fromMonth" <= ${last} AND x."toMonth" >= ${first}`,
    // Summed per member and month (reversals are negative rows): 720,000 cells at most, never the rows.
    db.$queryRaw<{ memberId: string; month: Date; amount: bigint; lastPaidOn: Date; methods: string[] }[]>`
      SELECT p."memberId", p.month, SUM(p.amount) AS amount,
             MAX(p."paidOn") FILTER (WHERE p.amount > 0) AS "lastPaidOn",
             ARRAY_AGG(DISTINCT p.method::text) FILTER (WHERE p.amount > 0) AS methods
      FROM "DuesPayment" p JOIN "Member" m ON m.id = p."memberId"
      WHERE ${inScope} AND p."unitId" = ${unitId} AND p.month >= ${first} AND p.month <= ${last}
      GROUP BY p."memberId", p.month`,
    groupId
      ? Promise.resolve([])
      : db.duesRemittance.findMany({
          where: { unitId, fromMonth: { gte: first, lte: last } },
          orderBy: [{ fromMonth: "asc" }, { paidOn: "asc" }],
          select: { fromMonth: true, toMonth: true, amount: true, paidOn: true, voucherNo: true },
        }),
  ]);
  const facts = buildDuesFacts(members, events, salaries, exemptions);
  const sums = new Map<string, PaidSum>();
  for (const p of payments) {
    const key = `${p.memberId}|${monthOf(p.month)}`;
    addPayment(sums, key, { amount: Number(p.amount), paidOn: p.lastPaidOn ?? p.month, method: "" });
    const s = sums.get(key)!;
    s.methods = p.methods ?? [];
    if (!p.lastPaidOn) s.lastPaidOn = null;
  }
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
        collectStopped: t.funding === "state_full" && t.stateFundedCollect === "stop",
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
    const f = facts.get(m.id)!;
    const lines = months.map((mo) => ledgerMonth(terms(mo), f, mo, sums.get(`${m.id}|${mo}`)));
    if (lines.every((l) => l.status === "not_member" && l.paid === 0)) continue;
    if (current?.id !== m.groupId) {
      current = { id: m.groupId, name: m.groupName, members: [], ...emptyTotals() };
      book.groups.push(current);
    }
    const lastOwed = lines.findLast((l) => l.status === "owed");
    const row: BookMember = {
      id: m.id,
      fullName: m.fullName,
      cardNumber: m.cardNumber,
      salary: lastOwed?.salary ?? null,
      monthly: lastOwed?.amount ?? 0,
      months: lines,
      owed: 0,
      paid: 0,
    };
    lines.forEach((l, i) => {
      row.owed += l.amount;
      row.paid += l.paid;
      for (const t of [current!, book]) {
        t.owedByMonth[i] += l.amount;
        t.paidByMonth[i] += l.paid;
      }
      const { standardPaid, extraPaid } = splitPaid(l);
      standardByMonth[i] += standardPaid;
      book.months[i].extra += extraPaid;
    });
    current.owed += row.owed;
    current.paid += row.paid;
    current.members.push(row);
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
