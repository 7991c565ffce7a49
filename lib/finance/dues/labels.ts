// Client-safe labels of the dues ledger.
import type { MonthStatus } from "./rule";

export const PAYMENT_METHODS = ["GROUP_CASH", "CASH", "BANK", "PAYROLL"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  GROUP_CASH: "Tiền mặt nộp tổ",
  CASH: "Tiền mặt nộp thủ quỹ",
  BANK: "Chuyển khoản",
  PAYROLL: "Trích qua lương",
};

export const MONTH_STATUS_LABELS: Record<MonthStatus, string> = {
  owed: "Phải đóng",
  not_member: "Chưa/không là đoàn viên",
  exempt: "Miễn",
  not_collected: "Không thu",
};

export const EXEMPTION_REASON_LABELS = {
  BHXH_BENEFIT: "Hưởng trợ cấp BHXH từ 1 tháng trở lên",
  UNPAID_LEAVE: "Nghỉ không lương từ 1 tháng trở lên",
} as const;

/** "2026-03" → "03/2026". */
export function monthLabel(month: string): string {
  return `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}

/** "yyyy-MM" → the `@db.Date` of its first day. */
export function monthDate(month: string): Date {
  return new Date(`${month}-01T00:00:00.000Z`);
}

/** A `@db.Date` → "yyyy-MM". */
export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}
