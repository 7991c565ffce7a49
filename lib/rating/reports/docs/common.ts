// Shared wording of the rating reports. Pure.
import { formatDate } from "@/lib/format";
import { NOT_RATED, UNDECIDED } from "@/lib/rating/labels";
import { abbreviation } from "@/lib/rating/quota";

export const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/** The level a list shows: the final level, "Không xếp loại" when excluded, else "Chưa quyết định". */
export const finalText = (r: { finalLevel: string | null; excludedReason: string | null }) =>
  r.excludedReason ? NOT_RATED : (r.finalLevel ?? UNDECIDED);

export const orDash = (v: string | null | undefined) => (v && v.trim() ? v : "—");

/** A document number as typed, without a leading "Số:" (the paper writes "số …" itself); null when empty. */
export const refNumber = (ref: string | null | undefined) =>
  ref?.replace(/^\s*số\s*:?\s*/i, "").trim() || null;

/** "Nghị quyết số 05/NQ-CĐCS ngày 20/12/2026 của Ban Chấp hành (Hội nghị BCH …)" */
export function decisionLine(
  ref: string | null,
  on: Date | null,
  meeting: { title: string; startsAt: Date } | null,
) {
  if (!ref && !meeting) return "Căn cứ quyết định của Ban Chấp hành: chưa ghi số nghị quyết / quyết định.";
  // The reference is sometimes typed with its "Số:" prefix.
  const clean = refNumber(ref);
  const parts = [
    `Căn cứ nghị quyết / quyết định số ${clean ?? "…"}${on ? ` ngày ${formatDate(on)}` : ""} của Ban Chấp hành`,
  ];
  if (meeting) parts.push(`tại cuộc họp “${meeting.title}” ngày ${formatDate(meeting.startsAt)}`);
  return `${parts.join(", ")}.`;
}

export const levelHeader = (name: string) => abbreviation(name);

/**
 * "Số:        /BC-CĐCS": the union layout's number line, left for the văn thư to fill in when the
 * chủ tịch signs (the app does not keep the unit's outgoing register).
 */
export const BLANK_NUMBER = (kind: string) => `        /${kind}-CĐCS`;
