// Vietnamese labels of the rating enums. Client-safe.
export const QUOTA_MODE_LABELS = {
  OFF: "Không áp dụng tỉ lệ",
  WARN: "Cảnh báo (vượt tỉ lệ phải giải trình)",
  BLOCK: "Chặn (không cho vượt tỉ lệ)",
} as const;

export const RATING_YEAR_STATUS_LABELS = { OPEN: "Đang đánh giá", FINALISED: "Đã chốt" } as const;

export const GROUP_REVIEW_STATE_LABELS = { DRAFT: "Đang bình xét", SUBMITTED: "Tổ đã gửi đề xuất" } as const;

export const TITLE_AWARD_LABELS = {
  ACHIEVED: "Đạt",
  NOT_ACHIEVED: "Không đạt",
  PROPOSED_HIGHER: "Đề nghị cấp trên khen",
} as const;

export const COLLECTIVE_SCOPE_LABELS = { GROUP: "Tổ công đoàn", UNIT: "Công đoàn cơ sở" } as const;

/** How a member with no level reads in lists and reports. */
export const NOT_RATED = "Không xếp loại";
export const UNDECIDED = "Chưa quyết định";
/** A self-assessment still in draft: the reports never print a draft's level as the member's own. */
export const NOT_SUBMITTED = "chưa nộp";
