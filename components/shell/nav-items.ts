import type { Permission } from "@/lib/permissions";

export type NavItem = {
  href: string;
  label: string;
  anyOf?: Permission[];
  /** Hidden from whoever holds one of these (they reach the page another way). */
  unless?: Permission[];
  needsMember?: boolean;
};

export const NAV_ITEMS: NavItem[] = [
  // A cấp trên's accounts (decision 0083): its CĐCS, and nothing of theirs.
  { href: "/org", label: "Công đoàn cơ sở", anyOf: ["org.read"] },
  { href: "/org/submissions", label: "Hồ sơ gửi lên", anyOf: ["org.submissions.read"] },
  { href: "/org/awards", label: "Thẩm định & khen thưởng", anyOf: ["org.submissions.read"] },
  { href: "/dashboard", label: "Tổng quan", anyOf: ["dashboard.read", "dashboard.read.group"] },
  { href: "/members", label: "Đoàn viên", anyOf: ["members.read.all", "members.read.group"] },
  { href: "/groups", label: "Tổ công đoàn", anyOf: ["groups.read"] },
  { href: "/meetings", label: "Cuộc họp", anyOf: ["meetings.read.all", "meetings.read.group"] },
  { href: "/opinions", label: "Ý kiến", anyOf: ["opinions.read.all"] },
  { href: "/welfare", label: "Thăm hỏi", anyOf: ["welfare.read.all", "welfare.read.group"] },
  { href: "/emulation", label: "Thi đua", anyOf: ["emulation.read.all", "emulation.read.group"] },
  { href: "/finance", label: "Tài chính", anyOf: ["finance.read.all"] },
  // A tổ trưởng collects đoàn phí for the tổ; the BCH reaches the ledger from /finance.
  {
    href: "/finance/dues/group",
    label: "Đoàn phí tổ",
    anyOf: ["dues.collect.group"],
    unless: ["finance.read.all"],
  },
  { href: "/programme", label: "Chương trình", anyOf: ["programme.read"] },
  { href: "/rating", label: "Xếp loại", anyOf: ["rating.read.all", "rating.review.group"] },
  { href: "/inspections", label: "Kiểm tra", anyOf: ["inspections.read"] },
  { href: "/reports/annual", label: "Tổng kết", anyOf: ["reports.annual.read"] },
  { href: "/submissions", label: "Gửi cấp trên", anyOf: ["submissions.read"] },
  { href: "/terms", label: "Nhiệm kỳ & chức vụ", anyOf: ["positions.read"] },
  { href: "/settings", label: "Cài đặt", anyOf: ["settings.read"] },
  { href: "/me", label: "Của tôi", needsMember: true },
];
