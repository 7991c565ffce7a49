// The words for submissions, shared by the CĐCS's and the cấp trên's screens. Client-safe.
import { cycleYearLabel, type Cycle } from "@/lib/settings/cycle";
import type { SubmissionKindCode, SubmissionStateCode } from "./payloads";

export const SUBMISSION_KIND_LABELS: Record<SubmissionKindCode, string> = {
  SELF_RATING: "Tự đánh giá, xếp loại CĐCS",
  AWARDS_FILE: "Hồ sơ đề nghị khen thưởng",
  ANNUAL_REPORT: "Báo cáo tổng kết",
  STATISTICS: "Báo cáo thống kê, biến động đoàn viên",
  DUES_SHARE: "Đoàn phí nộp cấp trên",
};

export const SUBMISSION_STATE_LABELS: Record<SubmissionStateCode, string> = {
  SUBMITTED: "Đã gửi, chờ tiếp nhận",
  RETURNED: "Cấp trên trả lại",
  ACCEPTED: "Đã tiếp nhận",
  SUPERSEDED: "Đã thay bằng bản sau",
};

/** A label inside a sentence: its first letter lowered, the rest kept ("…xếp loại CĐCS" keeps "CĐCS"). */
export const inSentence = (label: string) => label.charAt(0).toLocaleLowerCase("vi") + label.slice(1);

/**
 * A paper of a unit's year, named as the unit keeps its year: "Báo cáo tổng kết năm 2026", or for a
 * school "Báo cáo tổng kết năm học 2025–2026" (the paper's year is the cycle year, Submission.year).
 */
export const paperLabel = (kind: SubmissionKindCode, year: number, cycle: Cycle) =>
  `${SUBMISSION_KIND_LABELS[kind]} ${cycleYearLabel(year, cycle)}`;
