// Vietnamese labels of the welfare enums. Client-safe.
export const FUNDS = ["UNION_FUND", "EMPLOYER", "SOCIALIZED"] as const;
export type Fund = (typeof FUNDS)[number];
export const FUND_LABELS: Record<Fund, string> = {
  UNION_FUND: "Quỹ CĐCS",
  EMPLOYER: "Chuyên môn",
  SOCIALIZED: "Xã hội hóa",
};

export const VISIT_STATES = ["PROPOSED", "APPROVED", "DONE", "CANCELLED"] as const;
export type VisitState = (typeof VISIT_STATES)[number];
export const VISIT_STATE_LABELS: Record<VisitState, string> = {
  PROPOSED: "Đề xuất",
  APPROVED: "Đã duyệt",
  DONE: "Đã thăm / đã chi",
  CANCELLED: "Đã hủy",
};
export const VISIT_STATE_TONES = {
  PROPOSED: "amber",
  APPROVED: "blue",
  DONE: "green",
  CANCELLED: "gray",
} as const;

export const CATEGORY_KINDS = ["PAYMENT", "GIFT", "NOMINATION"] as const;
export type CategoryKind = (typeof CATEGORY_KINDS)[number];
export const CATEGORY_KIND_LABELS: Record<CategoryKind, string> = {
  PAYMENT: "Thăm hỏi, trợ cấp",
  GIFT: "Quà, khen thưởng",
  NOMINATION: "Đề nghị cấp trên (Mái ấm)",
};

export const NOMINATION_STATES = [
  "PROPOSED",
  "SENT_UP",
  "ACCEPTED",
  "REJECTED",
  "BUILDING",
  "HANDED_OVER",
] as const;
export type NominationState = (typeof NOMINATION_STATES)[number];
export const NOMINATION_STATE_LABELS: Record<NominationState, string> = {
  PROPOSED: "Đề xuất",
  SENT_UP: "Đã gửi cấp trên",
  ACCEPTED: "Được chấp thuận",
  REJECTED: "Không được chấp thuận",
  BUILDING: "Đang khởi công",
  HANDED_OVER: "Đã bàn giao",
};
