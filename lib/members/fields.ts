// The member's own fields, once: the column, its kind and (for the Excel import) its header and the
// common synonyms of that header. The import's SQL column lists (lib/members/import/member-sql.ts),
// its change diff (changes.ts) and its Excel columns (columns.ts) are all derived from this list, so
// a new member field is added here, in the form schema (schema.ts) and in the Prisma schema.
// Headers are matched without diacritics, case or punctuation. Client-safe.

type Kind = "text" | "date" | "bool" | "int" | "gender";
type Field = {
  kind: Kind;
  /** Never null in the database. */
  required?: true;
  /** The Excel column; the tổ has none here, since its column holds a name (the import's "group"). */
  header?: { label: string; synonyms: readonly string[] };
};

export const MEMBER_FIELDS = {
  fullName: {
    kind: "text",
    required: true,
    header: {
      label: "Họ và tên",
      synonyms: ["ho va ten", "ho ten", "ho va ten doan vien", "ho ten doan vien", "ten doan vien"],
    },
  },
  gender: {
    kind: "gender",
    required: true,
    header: { label: "Giới tính", synonyms: ["gioi tinh", "phai", "gioi"] },
  },
  dateOfBirth: {
    kind: "date",
    header: { label: "Ngày sinh", synonyms: ["ngay sinh", "ngay thang nam sinh", "sinh ngay"] },
  },
  cardNumber: {
    kind: "text",
    header: {
      label: "Số thẻ",
      synonyms: ["so the", "so the doan vien", "so the cd", "so the cong doan", "ma the", "the doan vien"],
    },
  },
  groupId: { kind: "text", required: true },
  joinedUnionOn: {
    kind: "date",
    header: {
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
  },
  idNumber: {
    kind: "text",
    header: {
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
  },
  hometown: { kind: "text", header: { label: "Quê quán", synonyms: ["que quan", "que"] } },
  ethnicity: { kind: "text", header: { label: "Dân tộc", synonyms: ["dan toc"] } },
  phone: {
    kind: "text",
    header: { label: "Số điện thoại", synonyms: ["so dien thoai", "dien thoai", "sdt", "dt", "di dong"] },
  },
  email: { kind: "text", header: { label: "Email", synonyms: ["email", "e mail", "thu dien tu"] } },
  jobTitle: {
    kind: "text",
    header: {
      label: "Chức vụ / nghề nghiệp",
      synonyms: [
        "chuc vu nghe nghiep",
        "nghe nghiep",
        "chuc danh",
        "chuc vu",
        "vi tri cong viec",
        "cong viec",
      ],
    },
  },
  department: {
    kind: "text",
    header: { label: "Đơn vị / phòng ban", synonyms: ["don vi phong ban", "don vi", "phong ban", "bo phan"] },
  },
  qualification: {
    kind: "text",
    header: { label: "Trình độ chuyên môn", synonyms: ["trinh do chuyen mon", "trinh do"] },
  },
  isPartyMember: {
    kind: "bool",
    required: true,
    header: { label: "Đảng viên", synonyms: ["dang vien", "la dang vien"] },
  },
  partyJoinedOn: { kind: "date", header: { label: "Ngày vào Đảng", synonyms: ["ngay vao dang"] } },
  contractType: {
    kind: "text",
    header: { label: "Loại hợp đồng", synonyms: ["loai hop dong", "hop dong", "loai hd"] },
  },
  insuranceSalary: {
    kind: "int",
    header: {
      label: "Lương đóng BHXH",
      synonyms: ["luong dong bhxh", "luong bhxh", "muc luong dong bhxh", "luong"],
    },
  },
  note: { kind: "text", header: { label: "Ghi chú", synonyms: ["ghi chu"] } },
} as const satisfies Record<string, Field>;

export type MemberField = keyof typeof MEMBER_FIELDS;
/** Every member field, in the list's order. Status is not one: it changes only by a dated event. */
export const MEMBER_FIELD_NAMES = Object.keys(MEMBER_FIELDS) as MemberField[];

type Defs = typeof MEMBER_FIELDS;
type ValueOf<K extends Kind> = K extends "bool"
  ? boolean
  : K extends "int"
    ? number
    : K extends "gender"
      ? "MALE" | "FEMALE"
      : string;
/** A member as the import reads it from the database: dates as "yyyy-MM-dd" text. */
export type StoredMember = { id: string } & {
  [K in MemberField]: Defs[K] extends { required: true }
    ? ValueOf<Defs[K]["kind"]>
    : ValueOf<Defs[K]["kind"]> | null;
};
