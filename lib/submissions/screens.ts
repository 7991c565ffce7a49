// The screen each paper is made on, where its "Gửi cấp trên" button sits. Client-safe.
import type { SubmissionKindCode } from "./payloads";

export const SUBMISSION_SCREENS: Record<SubmissionKindCode, string> = {
  SELF_RATING: "/rating/collectives/unit",
  AWARDS_FILE: "/rating/titles",
  ANNUAL_REPORT: "/reports/annual",
  STATISTICS: "/members/statistics",
  DUES_SHARE: "/finance/dues",
};
