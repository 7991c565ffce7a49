// What the BCH may record for one candidate of bình xét thi đua: the one rule the server applies
// (decide-title-award.ts) and the decision form offers (app/(app)/rating/titles). Pure, client-safe.
import type { TitleResult } from "./schema";

type Conferrer = "UNION_UPPER" | "CDCS" | "AGENCY";

export const STATE_TITLE_FORM =
  "Danh hiệu thi đua nhà nước do Thủ trưởng cơ quan, đơn vị tặng: không chọn hình thức khen của công đoàn.";
export const CDCS_FORM_OFF =
  "Năm nay Ban Chấp hành CĐCS không tự tặng Giấy khen (cài đặt xếp loại của năm): chọn hình thức của cấp trên.";

/** Why a result may not be recorded for a candidate with this bar (CANDIDATE_BAR), or null. */
export function resultProblem(result: TitleResult, bar: string | null): string | null {
  return result !== "NOT_ACHIEVED" && bar ? `Chưa đủ điều kiện: ${bar}.` : null;
}

/** Why a form of commendation may not be proposed on this title, or null. */
export function formProblem(
  form: { conferrer: Conferrer },
  titleConferrer: Conferrer | string | undefined,
  cdcsMayCommend: boolean,
): string | null {
  if (titleConferrer === "AGENCY") return STATE_TITLE_FORM;
  if (form.conferrer === "CDCS" && !cdcsMayCommend) return CDCS_FORM_OFF;
  return null;
}
