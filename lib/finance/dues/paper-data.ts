import "server-only";
// The dues papers from a request: the sổ of a year (the unit's, or a tổ's for its tổ trưởng) and the
// receipt of one payment. One place for the print pages and the routes.
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { bchSigners } from "@/lib/document/issue";
import { getDuesBook } from "./book";
import { bookPaper, PRINT_PAGE_MEMBERS, receiptPaper } from "./book-paper";
import { monthOf } from "./labels";
import { duesMemberScope } from "./scope";

const reportUnit = (unitId: string) =>
  db.unit.findUniqueOrThrow({
    where: { id: unitId },
    select: { name: true, parentName: true, placeName: true },
  });

/** The sổ of a year for the unit (groupId null) or a tổ; null when the tổ is not the unit's. */
export async function duesBookPaperData(
  unitId: string,
  year: number,
  groupId: string | null,
  opts?: { forPage?: boolean },
) {
  const [book, unit, signers] = await Promise.all([
    getDuesBook(unitId, year, groupId),
    reportUnit(unitId),
    bchSigners(unitId),
  ]);
  if (!book) return null;
  const subtotalsOnly = Boolean(opts?.forPage) && book.memberCount > PRINT_PAGE_MEMBERS;
  return { book, unit, subtotalsOnly, paper: bookPaper(book, unit, signers.chair, { subtotalsOnly }) };
}

/** The receipt of a payment the actor may read (their unit's, their tổ's, their own); else null. */
export async function duesReceiptPaperData(actor: Actor, paymentId: string) {
  const payment = await db.duesPayment.findFirst({
    where: { id: paymentId, unitId: actor.unitId },
    select: {
      id: true,
      memberId: true,
      month: true,
      amount: true,
      method: true,
      paidOn: true,
      note: true,
      groupId: true,
      reversesId: true,
      createdById: true,
    },
  });
  if (!payment) return null;
  const member = await db.member.findFirst({
    where: { AND: [{ id: payment.memberId }, duesMemberScope(actor)] },
    select: { fullName: true, cardNumber: true },
  });
  if (!member) return null;
  const [group, reverses, collector, unit, signers] = await Promise.all([
    db.group.findUnique({ where: { id: payment.groupId }, select: { name: true } }),
    payment.reversesId
      ? db.duesPayment.findUnique({
          where: { id: payment.reversesId },
          select: { month: true, paidOn: true },
        })
      : null,
    payment.createdById
      ? db.user
          .findUnique({ where: { id: payment.createdById }, select: { memberId: true } })
          .then((u) =>
            u?.memberId
              ? db.member.findUnique({ where: { id: u.memberId }, select: { fullName: true } })
              : null,
          )
      : null,
    reportUnit(actor.unitId),
    bchSigners(actor.unitId),
  ]);
  return {
    payment,
    paper: receiptPaper(
      {
        id: payment.id,
        memberName: member.fullName,
        cardNumber: member.cardNumber,
        groupName: group?.name ?? "",
        month: monthOf(payment.month),
        amount: payment.amount,
        method: payment.method,
        paidOn: payment.paidOn,
        note: payment.note,
        reverses: reverses ? { month: monthOf(reverses.month), paidOn: reverses.paidOn } : null,
        collectorName: collector?.fullName ?? null,
      },
      unit,
      signers.chair,
    ),
  };
}
