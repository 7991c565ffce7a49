// One row of the sổ as text, shared by the print page, the PDF and Excel. Client-safe.
import { formatDate } from "@/lib/format";
import { FUND_LABELS, VISIT_STATE_LABELS } from "./labels";
import type { RegisterRow } from "./register";

export const REGISTER_TITLE = "SỔ THEO DÕI THĂM HỎI";

export function registerCells(r: RegisterRow, no: number) {
  const notes = [
    r.state === "DONE" ? "" : VISIT_STATE_LABELS[r.state],
    r.overrideDecisionRef ? `Vượt mức: ${r.overrideDecisionRef}` : "",
    r.note ?? "",
  ]
    .filter(Boolean)
    .join("; ");
  return {
    no,
    eventOn: formatDate(r.eventOn),
    visitedOn: formatDate(r.visitedOn),
    member: r.memberName,
    group: r.groupName,
    person: r.relativeName ? `${r.relativeName} (${r.relationship})` : "Bản thân",
    category: r.categoryName,
    visitors: r.visitors ?? "",
    amount: r.amount,
    gift: r.giftInKind ?? "",
    fund: FUND_LABELS[r.fund],
    receipt: r.receiptNumber ?? "",
    notes,
  };
}
