// The kinds of notification and how a user reads them. Client-safe: the preferences page uses it.
export const NOTIFICATION_KINDS = [
  "REGISTRATION_RETURNED",
  "ASSESSMENT_RETURNED",
  "OPINION_ANSWERED",
  "ASSESSMENT_WINDOW_OPENS",
  "ASSESSMENT_WINDOW_CLOSING",
  "MINUTES_TO_SIGN",
  "DECISION_OVERDUE",
  "WELFARE_TO_APPROVE",
  "SUBMISSION_RETURNED",
  "SUBMISSION_ACCEPTED",
] as const;
export type NotificationKindCode = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_KIND_LABELS: Record<NotificationKindCode, string> = {
  REGISTRATION_RETURNED: "Bản đăng ký thi đua bị trả lại",
  ASSESSMENT_RETURNED: "Phiếu tự đánh giá bị trả lại",
  OPINION_ANSWERED: "Ý kiến của tôi được trả lời",
  ASSESSMENT_WINDOW_OPENS: "Mở đợt tự đánh giá",
  ASSESSMENT_WINDOW_CLOSING: "Đợt tự đánh giá sắp đóng (còn 3 ngày)",
  MINUTES_TO_SIGN: "Biên bản chờ ký",
  DECISION_OVERDUE: "Nghị quyết, công việc quá hạn",
  WELFARE_TO_APPROVE: "Đề xuất thăm hỏi chờ duyệt",
  SUBMISSION_RETURNED: "Cấp trên trả lại hồ sơ đã gửi",
  SUBMISSION_ACCEPTED: "Cấp trên tiếp nhận hồ sơ đã gửi",
};

/** Days before the self-assessment window closes when members who have not submitted are reminded. */
export const CLOSING_REMINDER_DAYS = 3;
