// Card requests: kinds, states and the order they move in. Client-safe, no I/O.
export const CARD_KIND_LABELS = {
  NEW: "Làm thẻ mới",
  REPLACE: "Thẻ cũ đổi thẻ mới",
  LOST: "Mất thẻ làm lại",
} as const;
export type CardKind = keyof typeof CARD_KIND_LABELS;

export const CARD_STATUS_LABELS = {
  REQUESTED: "Chờ gửi cấp trên",
  SENT: "Đã gửi cấp trên",
  RECEIVED: "Đã nhận thẻ",
  CANCELLED: "Đã hủy",
} as const;
export type CardStatus = keyof typeof CARD_STATUS_LABELS;

/** requested → sent → card received; a request not yet received may be cancelled. */
const NEXT: Record<CardStatus, CardStatus[]> = {
  REQUESTED: ["SENT", "CANCELLED"],
  SENT: ["RECEIVED", "CANCELLED"],
  RECEIVED: [],
  CANCELLED: [],
};

export function canMoveCard(from: CardStatus, to: CardStatus) {
  return NEXT[from].includes(to);
}
