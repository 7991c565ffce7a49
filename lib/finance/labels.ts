// Finance words shown on screens and papers. Client-safe.
export const DIRECTIONS = ["IN", "OUT"] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const ACCOUNTS = ["CASH", "BANK"] as const;
export type Account = (typeof ACCOUNTS)[number];

export const DIRECTION_LABELS: Record<Direction, string> = { IN: "Thu", OUT: "Chi" };
export const ACCOUNT_LABELS: Record<Account, string> = { CASH: "Tiền mặt", BANK: "Tiền gửi ngân hàng" };
export const BOOK_TITLES: Record<Account, string> = {
  CASH: "SỔ QUỸ TIỀN MẶT",
  BANK: "SỔ TIỀN GỬI NGÂN HÀNG",
};
/** Phiếu thu numbers start PT, phiếu chi numbers PC; both restart each year. */
export const VOUCHER_PREFIX: Record<Direction, string> = { IN: "PT", OUT: "PC" };
export const VOUCHER_TITLES: Record<Direction, string> = { IN: "PHIẾU THU", OUT: "PHIẾU CHI" };

/** Codes other modules post to; the rest of the categories are the unit's data. */
export const FIXED_CODES = { DUES: "DUES", DUES_REMIT: "DUES_REMIT", WELFARE: "WELFARE" } as const;

/** The default quy chế chi tiêu nội bộ categories (the migration inserts the same for existing units). */
export const DEFAULT_CATEGORIES: { code: string; name: string; direction: Direction; sortOrder: number }[] = [
  { code: "DUES", name: "Đoàn phí công đoàn thu được", direction: "IN", sortOrder: 10 },
  { code: "KPCD", name: "Kinh phí công đoàn cấp trên phân phối", direction: "IN", sortOrder: 20 },
  { code: "UPPER_GRANT", name: "Kinh phí cấp trên cấp hỗ trợ hoạt động", direction: "IN", sortOrder: 25 },
  { code: "AGENCY", name: "Chuyên môn hỗ trợ", direction: "IN", sortOrder: 30 },
  { code: "SOCIALIZED", name: "Xã hội hóa", direction: "IN", sortOrder: 40 },
  { code: "OTHER_IN", name: "Thu khác", direction: "IN", sortOrder: 90 },
  { code: "DUES_REMIT", name: "Đoàn phí nộp công đoàn cấp trên", direction: "OUT", sortOrder: 10 },
  { code: "WELFARE", name: "Thăm hỏi, trợ cấp đoàn viên", direction: "OUT", sortOrder: 20 },
  { code: "ACTIVITIES", name: "Tổ chức hoạt động phong trào", direction: "OUT", sortOrder: 30 },
  { code: "ALLOWANCES", name: "Phụ cấp cán bộ công đoàn", direction: "OUT", sortOrder: 40 },
  { code: "REWARDS", name: "Khen thưởng", direction: "OUT", sortOrder: 50 },
  { code: "ADMIN", name: "Chi hành chính", direction: "OUT", sortOrder: 60 },
  { code: "OTHER_OUT", name: "Chi khác", direction: "OUT", sortOrder: 90 },
];

export const QUARTERS = [1, 2, 3, 4] as const;
export const ROMAN_QUARTER = ["", "I", "II", "III", "IV"] as const;
