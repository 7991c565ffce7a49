// Vietnamese labels for member enumerations. Client-safe.
export const GENDER_LABELS = { MALE: "Nam", FEMALE: "Nữ" } as const;

export const STATUS_LABELS = {
  ACTIVE: "Đang sinh hoạt",
  SUSPENDED: "Tạm dừng sinh hoạt",
  TRANSFERRED_OUT: "Đã chuyển sinh hoạt đi",
  LEFT: "Thôi sinh hoạt",
  RETIRED: "Nghỉ hưu",
  EXPELLED: "Khai trừ",
} as const;
export type MemberStatusCode = keyof typeof STATUS_LABELS;

export const EVENT_LABELS = {
  ADMITTED: "Kết nạp",
  GROUP_CHANGED: "Chuyển tổ",
  TRANSFERRED_IN: "Chuyển sinh hoạt đến",
  TRANSFERRED_OUT: "Chuyển sinh hoạt đi",
  SUSPENDED: "Tạm dừng sinh hoạt",
  RESUMED: "Sinh hoạt trở lại",
  LEFT: "Thôi sinh hoạt",
  RETIRED: "Nghỉ hưu",
  EXPELLED: "Khai trừ",
} as const;
export type MemberEventCode = keyof typeof EVENT_LABELS;

/** Statuses that still count as belonging to a tổ. */
export const CURRENT_STATUSES: MemberStatusCode[] = ["ACTIVE", "SUSPENDED"];
