// The words of each role, and the positions (at a CĐCS) and offices (at a cấp trên) that grant the
// roles of lib/permissions.ts. Kept apart from the permission table so each file stays small.
import type { Role } from "./permissions";

export const ROLE_LABELS: Record<Role, string> = {
  chair: "Chủ tịch",
  vice_chair: "Phó chủ tịch",
  bch_member: "Ủy viên BCH",
  ubkt: "Ủy ban kiểm tra",
  group_leader: "Tổ trưởng / tổ phó",
  member: "Đoàn viên",
  system_admin: "Quản trị hệ thống",
  treasurer: "Ủy viên BCH phụ trách tài chính",
  upper_chair: "Lãnh đạo công đoàn cấp trên",
  upper_staff: "Cán bộ công đoàn cấp trên",
  upper_ubkt: "Ủy ban kiểm tra công đoàn cấp trên",
};

/** Position codes stored in the database → roles. */
export const POSITION_ROLE_MAP = {
  CHAIR: "chair",
  VICE_CHAIR: "vice_chair",
  BCH_MEMBER: "bch_member",
  UBKT_CHAIR: "ubkt",
  UBKT_MEMBER: "ubkt",
  GROUP_LEADER: "group_leader",
  GROUP_DEPUTY: "group_leader",
  TREASURER: "treasurer",
} as const satisfies Record<string, Role>;

export type PositionCode = keyof typeof POSITION_ROLE_MAP;

/** Offices at a cấp trên (User.upperOffice) → roles. */
export const UPPER_OFFICE_ROLE_MAP = {
  CHAIR: "upper_chair",
  VICE_CHAIR: "upper_chair",
  ORGANISATION_STAFF: "upper_staff",
  FINANCE_STAFF: "upper_staff",
  POLICY_STAFF: "upper_staff",
  UBKT: "upper_ubkt",
} as const satisfies Record<string, Role>;

export type UpperOfficeCode = keyof typeof UPPER_OFFICE_ROLE_MAP;

export const UPPER_OFFICE_LABELS: Record<UpperOfficeCode, string> = {
  CHAIR: "Chủ tịch",
  VICE_CHAIR: "Phó chủ tịch",
  ORGANISATION_STAFF: "Cán bộ Ban Tổ chức",
  FINANCE_STAFF: "Cán bộ Ban Tài chính",
  POLICY_STAFF: "Cán bộ Ban Chính sách – Pháp luật",
  UBKT: "Ủy ban kiểm tra",
};

export const POSITION_LABELS: Record<PositionCode, string> = {
  CHAIR: "Chủ tịch",
  VICE_CHAIR: "Phó chủ tịch",
  BCH_MEMBER: "Ủy viên BCH",
  UBKT_CHAIR: "Chủ nhiệm UBKT",
  UBKT_MEMBER: "Ủy viên UBKT",
  GROUP_LEADER: "Tổ trưởng",
  GROUP_DEPUTY: "Tổ phó",
  TREASURER: "Ủy viên BCH phụ trách tài chính",
};
