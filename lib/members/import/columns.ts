// The import's columns: each member field, its Vietnamese header and the common synonyms.
// Headers are matched without diacritics, case or punctuation. Client-safe.
import { toSearchText } from "@/lib/format";

export const IMPORT_FIELDS = {
  fullName: {
    label: "Họ và tên",
    synonyms: ["ho va ten", "ho ten", "ho va ten doan vien", "ho ten doan vien", "ten doan vien"],
  },
  gender: { label: "Giới tính", synonyms: ["gioi tinh", "phai", "gioi"] },
  maleYear: { label: "Năm sinh – Nam", synonyms: ["nam"] },
  femaleYear: { label: "Năm sinh – Nữ", synonyms: ["nu"] },
  birthYear: { label: "Năm sinh", synonyms: ["nam sinh"] },
  dateOfBirth: { label: "Ngày sinh", synonyms: ["ngay sinh", "ngay thang nam sinh", "sinh ngay"] },
  cardNumber: {
    label: "Số thẻ",
    synonyms: ["so the", "so the doan vien", "so the cd", "so the cong doan", "ma the", "the doan vien"],
  },
  joinedUnionOn: {
    label: "Ngày vào CĐ",
    synonyms: [
      "ngay vao cd",
      "ngay vao cong doan",
      "ngay ket nap",
      "ngay vao",
      "ngay gia nhap",
      "ngay gia nhap cong doan",
    ],
  },
  group: {
    label: "Tổ công đoàn",
    synonyms: ["to cong doan", "to", "to cd", "ten to", "to chuyen mon", "to cong doan bo phan"],
  },
  status: { label: "Trạng thái", synonyms: ["trang thai", "tinh trang"] },
  note: { label: "Ghi chú", synonyms: ["ghi chu"] },
  idNumber: {
    label: "Số CCCD",
    synonyms: [
      "so cccd",
      "cccd",
      "can cuoc cong dan",
      "so can cuoc",
      "so can cuoc cong dan",
      "cmnd",
      "so cmnd",
      "cmnd cccd",
    ],
  },
  hometown: { label: "Quê quán", synonyms: ["que quan", "que"] },
  ethnicity: { label: "Dân tộc", synonyms: ["dan toc"] },
  phone: { label: "Số điện thoại", synonyms: ["so dien thoai", "dien thoai", "sdt", "dt", "di dong"] },
  email: { label: "Email", synonyms: ["email", "e mail", "thu dien tu"] },
  jobTitle: {
    label: "Chức vụ / nghề nghiệp",
    synonyms: ["chuc vu nghe nghiep", "nghe nghiep", "chuc danh", "chuc vu", "vi tri cong viec", "cong viec"],
  },
  department: {
    label: "Đơn vị / phòng ban",
    synonyms: ["don vi phong ban", "don vi", "phong ban", "bo phan"],
  },
  qualification: { label: "Trình độ chuyên môn", synonyms: ["trinh do chuyen mon", "trinh do"] },
  isPartyMember: { label: "Đảng viên", synonyms: ["dang vien", "la dang vien"] },
  partyJoinedOn: { label: "Ngày vào Đảng", synonyms: ["ngay vao dang"] },
  contractType: { label: "Loại hợp đồng", synonyms: ["loai hop dong", "hop dong", "loai hd"] },
  insuranceSalary: {
    label: "Lương đóng BHXH",
    synonyms: ["luong dong bhxh", "luong bhxh", "muc luong dong bhxh", "luong"],
  },
  // Read but not imported: the row number, and offices (positions are dated records of a term).
  stt: { label: "STT", synonyms: ["stt", "tt", "so tt", "so thu tu"] },
  positions: { label: "Chức vụ CĐ", synonyms: ["chuc vu cd", "chuc vu cong doan"] },
} as const;

export type ImportField = keyof typeof IMPORT_FIELDS;

export const normalizeHeader = (s: string) =>
  toSearchText(s)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

const LOOKUP = new Map<string, ImportField>();
for (const [field, def] of Object.entries(IMPORT_FIELDS))
  for (const s of def.synonyms) LOOKUP.set(s, field as ImportField);

/** The field a header names, or null. */
export function fieldOfHeader(header: string): ImportField | null {
  return LOOKUP.get(normalizeHeader(header)) ?? null;
}

/** The outcomes of a row, with their Vietnamese names. */
export const OUTCOME_LABELS = {
  NEW: "Thêm mới",
  UPDATE: "Cập nhật",
  SAME: "Không thay đổi",
  AMBIGUOUS: "Cần xác nhận",
  ERROR: "Lỗi",
} as const;
export type ImportOutcome = keyof typeof OUTCOME_LABELS;
export type ImportCounts = Record<ImportOutcome, number>;
