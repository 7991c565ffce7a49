import "server-only";
// A welfare visit marked paid is a phiếu chi of category WELFARE, written in the same transaction as
// the payment; cancelling a paid visit reverses it. Called only from lib/welfare/visits.
import type { Tx } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { FUND_LABELS } from "@/lib/welfare/labels";
import { ensureFundCategories } from "./categories";
import { recordFundEntry, reverseFundEntry } from "./record-entry";

type PaidVisit = {
  id: string;
  unitId: string;
  amount: number;
  fund: keyof typeof FUND_LABELS;
  paidOn: Date;
  receiptNumber?: string | null;
  memberName: string;
  categoryName: string;
};

export async function postWelfarePayment(tx: Tx, visit: PaidVisit, actorId: string) {
  if (visit.amount <= 0) return null; // a gift in kind alone moves no money
  await ensureFundCategories(tx, visit.unitId); // a unit made before the fund had none
  const voucherNo = visit.receiptNumber?.trim() || null;
  if (voucherNo) {
    const taken = await tx.fundEntry.findFirst({
      where: {
        unitId: visit.unitId,
        voucherYear: visit.paidOn.getUTCFullYear(),
        direction: "OUT",
        voucherNo,
      },
      select: { id: true },
    });
    if (taken)
      throw invalid({
        receiptNumber: `Số phiếu chi ${voucherNo} năm ${visit.paidOn.getUTCFullYear()} đã có trong sổ quỹ.`,
      });
  }
  return recordFundEntry(
    tx,
    {
      unitId: visit.unitId,
      date: visit.paidOn,
      direction: "OUT",
      account: "CASH",
      category: "WELFARE",
      amount: visit.amount,
      voucherNo,
      description: `${visit.categoryName}: ${visit.memberName} (${FUND_LABELS[visit.fund]})`,
      source: { kind: "welfare_visit", id: visit.id },
      actorId,
    },
    { welfareFund: visit.fund },
  );
}

/** Reverses the visit's entry, if it has one not yet reversed; the history stays. */
export async function reverseWelfarePayment(
  tx: Tx,
  input: { unitId: string; visitId: string; date: Date; reason: string; actorId: string },
) {
  const entry = await tx.fundEntry.findFirst({
    where: {
      unitId: input.unitId,
      sourceKind: "welfare_visit",
      sourceId: input.visitId,
      reversesId: null,
      reversal: null,
    },
    select: { id: true, date: true },
  });
  if (!entry) return null;
  const date = input.date < entry.date ? entry.date : input.date;
  return reverseFundEntry(tx, {
    unitId: input.unitId,
    entryId: entry.id,
    date,
    reason: input.reason,
    actorId: input.actorId,
  });
}
