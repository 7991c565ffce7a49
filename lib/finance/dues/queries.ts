import "server-only";
// The dues ledger's reads: a month for the BCH or a tổ (keyset-paged, searched: month-page.ts), a
// member's history. Scoped in the SQL `where` (scope.ts); owed is priced by the rule, paid is summed
// from DuesPayment.
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadDuesFacts, loadDuesSettings } from "./facts";
import { monthDate } from "./labels";
import { addPayment, ledgerMonth, termsCache, type LedgerMonth, type PaidSum } from "./ledger";
import { monthMemberCount, monthPageIds, type MonthPageParams } from "./month-page";
import { monthsBetween } from "./rule";
import { duesMemberScope, readableGroupIds } from "./scope";

export const DUES_PAGE_SIZE = 50;
export type MonthViewParams = MonthPageParams & {
  /** Members per page: DUES_PAGE_SIZE unless told (a tổ's collect list takes its whole tổ). */
  take?: number;
};

export type MonthRow = LedgerMonth & {
  memberId: string;
  fullName: string;
  cardNumber: string | null;
  groupName: string;
  /** The latest payment of the month still standing (not reversed): what "Hoàn tác" reverses. */
  lastPayment: { id: string; method: string; handedOver: boolean } | null;
};

export async function duesMonthView(actor: Actor, p: MonthViewParams) {
  const groups = readableGroupIds(actor);
  const paymentScope: Prisma.DuesPaymentWhereInput = {
    unitId: actor.unitId,
    month: monthDate(p.month),
    ...(groups && { groupId: { in: groups } }),
    ...(p.group && { groupId: p.group }),
  };
  const take = p.take ?? DUES_PAGE_SIZE;
  const [page, total, stored, paidTotal] = await Promise.all([
    monthPageIds(actor, p, take),
    monthMemberCount(actor, p),
    loadDuesSettings(actor.unitId),
    db.duesPayment.aggregate({ where: paymentScope, _sum: { amount: true } }),
  ]);
  const found = await db.member.findMany({
    where: { id: { in: page.ids } },
    select: {
      id: true,
      fullName: true,
      cardNumber: true,
      joinedUnionOn: true,
      insuranceSalary: true,
      group: { select: { name: true } },
    },
  });
  const byId = new Map(found.map((m) => [m.id, m]));
  const members = page.ids.map((id) => byId.get(id)!).filter(Boolean);
  const [facts, payments] = await Promise.all([
    loadDuesFacts(members),
    db.duesPayment.findMany({
      where: { unitId: actor.unitId, month: monthDate(p.month), memberId: { in: members.map((m) => m.id) } },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        memberId: true,
        amount: true,
        paidOn: true,
        method: true,
        reversesId: true,
        handoverId: true,
      },
    }),
  ]);
  const sums = new Map<string, PaidSum>();
  for (const pay of payments) addPayment(sums, pay.memberId, pay);
  const reversed = new Set(payments.map((x) => x.reversesId));
  const standing = new Map<string, MonthRow["lastPayment"]>();
  for (const pay of payments)
    if (pay.amount > 0 && !reversed.has(pay.id))
      standing.set(pay.memberId, { id: pay.id, method: pay.method, handedOver: pay.handoverId !== null });
  const terms = termsCache(stored)(p.month);
  const rows: MonthRow[] = members.map((m) => ({
    memberId: m.id,
    fullName: m.fullName,
    cardNumber: m.cardNumber,
    groupName: m.group.name,
    lastPayment: standing.get(m.id) ?? null,
    ...ledgerMonth(terms, facts.get(m.id)!, p.month, sums.get(m.id)),
  }));
  return {
    rows,
    total,
    nextAfter: page.nextAfter,
    prevBefore: page.prevBefore,
    paidTotal: paidTotal._sum.amount ?? 0,
    terms,
  };
}

export type PaymentLine = {
  id: string;
  month: string;
  amount: number;
  method: string;
  paidOn: string;
  note: string | null;
  reversesId: string | null;
  reversed: boolean;
  handedOver: boolean;
};

/** A member's twelve months of a year, the payments behind them, and the balance since joining. */
export async function memberDuesHistory(actor: Actor, memberId: string, year: number, today: string) {
  const member = await db.member.findFirst({
    where: { AND: [{ id: memberId }, duesMemberScope(actor)] },
    select: {
      id: true,
      fullName: true,
      cardNumber: true,
      joinedUnionOn: true,
      insuranceSalary: true,
      groupId: true,
      group: { select: { name: true } },
    },
  });
  if (!member) return null;
  const [stored, facts, payments] = await Promise.all([
    loadDuesSettings(actor.unitId),
    loadDuesFacts([member]),
    db.duesPayment.findMany({
      where: { memberId },
      orderBy: [{ month: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        month: true,
        amount: true,
        method: true,
        paidOn: true,
        note: true,
        reversesId: true,
        handoverId: true,
      },
    }),
  ]);
  const f = facts.get(memberId)!;
  const terms = termsCache(stored);
  const sums = new Map<string, PaidSum>();
  for (const pay of payments) addPayment(sums, pay.month.toISOString().slice(0, 7), pay);
  const months = monthsBetween(`${year}-01`, `${year}-12`).map((m) =>
    ledgerMonth(terms(m), f, m, sums.get(m)),
  );
  // The balance to date counts the months the book holds: from the unit's first recorded payment (the
  // ledger's opening), or the member's joining if later, up to this month. Months before the book began
  // were settled outside it.
  const opening = await db.duesPayment.findFirst({
    where: { unitId: actor.unitId },
    orderBy: { month: "asc" },
    select: { month: true },
  });
  const upTo = today.slice(0, 7);
  let owedToDate = 0;
  if (opening) {
    const joined = f.joinedOn?.slice(0, 7) ?? "";
    const first = opening.month.toISOString().slice(0, 7);
    for (const m of monthsBetween(joined > first ? joined : first, upTo))
      owedToDate += ledgerMonth(terms(m), f, m, undefined).amount;
  }
  const paidToDate = payments
    .filter((p) => p.month.toISOString().slice(0, 7) <= upTo)
    .reduce((s, p) => s + p.amount, 0);
  const reversed = new Set(payments.map((p) => p.reversesId).filter(Boolean));
  const lines: PaymentLine[] = payments
    .filter((p) => p.month.getUTCFullYear() === year)
    .map((p) => ({
      id: p.id,
      month: p.month.toISOString().slice(0, 7),
      amount: p.amount,
      method: p.method,
      paidOn: p.paidOn.toISOString().slice(0, 10),
      note: p.note,
      reversesId: p.reversesId,
      reversed: reversed.has(p.id),
      handedOver: p.handoverId !== null,
    }));
  const exemptions = await db.duesExemption.findMany({
    where: { memberId, unitId: actor.unitId },
    orderBy: [{ fromMonth: "desc" }, { createdAt: "desc" }],
    select: { id: true, fromMonth: true, toMonth: true, reason: true, note: true, archivedAt: true },
  });
  return {
    member,
    months,
    lines,
    balance: paidToDate - owedToDate,
    salaries: f.salaries,
    exemptions: exemptions.map((x) => ({
      id: x.id,
      fromMonth: x.fromMonth.toISOString().slice(0, 7),
      toMonth: x.toMonth.toISOString().slice(0, 7),
      reason: x.reason,
      note: x.note,
      reversed: x.archivedAt !== null,
    })),
  };
}

/** Cash a tổ collected and has not handed to the treasurer yet. */
export async function groupCashOnHand(actor: Actor) {
  const groups = readableGroupIds(actor);
  const rows = await db.duesPayment.groupBy({
    by: ["groupId"],
    where: {
      unitId: actor.unitId,
      method: "GROUP_CASH",
      handoverId: null,
      ...(groups && { groupId: { in: groups } }),
    },
    _sum: { amount: true },
  });
  const names = await db.group.findMany({
    where: { id: { in: rows.map((r) => r.groupId) } },
    select: { id: true, name: true },
  });
  const name = new Map(names.map((g) => [g.id, g.name]));
  return rows
    .filter((r) => (r._sum.amount ?? 0) !== 0)
    .map((r) => ({ groupId: r.groupId, groupName: name.get(r.groupId) ?? "", amount: r._sum.amount ?? 0 }))
    .sort((a, b) => a.groupName.localeCompare(b.groupName, "vi"));
}

/** The remittances to the cấp trên, newest first. */
export async function listDuesRemittances(actor: Actor) {
  const rows = await db.duesRemittance.findMany({
    where: { unitId: actor.unitId },
    orderBy: { fromMonth: "desc" },
    take: 24,
    select: {
      id: true,
      fromMonth: true,
      toMonth: true,
      amount: true,
      paidOn: true,
      account: true,
      voucherNo: true,
    },
  });
  // BIGINT in the table (decision 0085): exact as a number up to 2^53 đ.
  return rows.map((r) => ({ ...r, amount: Number(r.amount) }));
}
