// The demo school's tổ and the named people who carry its story (prisma/demo-seed.ts).
import type { PositionRole } from "../../lib/generated/prisma/client";

export const GROUPS = [
  { name: "Tổ Toán – Tin", size: 10, job: "Giáo viên Toán" },
  { name: "Tổ Ngữ văn", size: 9, job: "Giáo viên Ngữ văn" },
  { name: "Tổ Ngoại ngữ", size: 7, job: "Giáo viên Tiếng Anh" },
  { name: "Tổ Khoa học tự nhiên", size: 9, job: "Giáo viên Vật lý" },
  { name: "Tổ Văn phòng", size: 7, job: "Nhân viên văn phòng" },
];

// Named people so the demo tells the same story every time.
export const NAMED: Record<
  string,
  { fullName: string; gender: "MALE" | "FEMALE"; role?: PositionRole; email?: string }[]
> = {
  "Tổ Toán – Tin": [
    { fullName: "Trần Thị Thu Hà", gender: "FEMALE", role: "CHAIR", email: "chutich@demo.vn" },
    { fullName: "Nguyễn Văn Hùng", gender: "MALE", role: "GROUP_LEADER", email: "totruong@demo.vn" },
    { fullName: "Lê Thị Mai", gender: "FEMALE", role: "GROUP_DEPUTY" },
    { fullName: "Phạm Minh Tuấn", gender: "MALE", email: "doanvien@demo.vn" },
  ],
  "Tổ Ngữ văn": [
    { fullName: "Hoàng Văn Nam", gender: "MALE", role: "VICE_CHAIR" },
    { fullName: "Đặng Thị Hương", gender: "FEMALE", role: "GROUP_LEADER" },
    { fullName: "Bùi Ngọc Lan", gender: "FEMALE", role: "GROUP_DEPUTY" },
    { fullName: "Nguyễn Thị Thanh Nhung", gender: "FEMALE", role: "UBKT_MEMBER" },
  ],
  "Tổ Ngoại ngữ": [
    { fullName: "Võ Thị Ngọc Ánh", gender: "FEMALE", role: "BCH_MEMBER", email: "uyvien@demo.vn" },
    { fullName: "Đỗ Quang Huy", gender: "MALE", role: "GROUP_LEADER" },
    { fullName: "Ngô Thị Thảo", gender: "FEMALE", role: "GROUP_DEPUTY" },
  ],
  "Tổ Khoa học tự nhiên": [
    { fullName: "Huỳnh Đức Thắng", gender: "MALE", role: "BCH_MEMBER" },
    { fullName: "Phan Thị Kim Yến", gender: "FEMALE", role: "UBKT_CHAIR", email: "ubkt@demo.vn" },
    { fullName: "Dương Văn Long", gender: "MALE", role: "GROUP_LEADER" },
    { fullName: "Lý Thị Hằng", gender: "FEMALE", role: "GROUP_DEPUTY" },
  ],
  "Tổ Văn phòng": [
    { fullName: "Hồ Thị Phượng", gender: "FEMALE", role: "BCH_MEMBER" },
    { fullName: "Vũ Minh Trung", gender: "MALE", role: "UBKT_MEMBER" },
    { fullName: "Trần Thị Oanh", gender: "FEMALE", role: "GROUP_LEADER" },
    { fullName: "Lê Văn Phúc", gender: "MALE", role: "GROUP_DEPUTY" },
  ],
};
