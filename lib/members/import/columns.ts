// The import's columns: each member field's Vietnamese header and its common synonyms (from
// MEMBER_FIELDS), and the columns only the import reads. Headers are matched without diacritics,
// case or punctuation. Client-safe.
import { toSearchText } from "@/lib/format";
import { MEMBER_FIELDS, type MemberField } from "@/lib/members/fields";

type Header = { label: string; synonyms: readonly string[] };
const MEMBER_HEADERS = Object.fromEntries(
  Object.entries(MEMBER_FIELDS).flatMap(([f, def]) => ("header" in def ? [[f, def.header]] : [])),
) as unknown as {
  [K in MemberField as (typeof MEMBER_FIELDS)[K] extends { header: Header } ? K : never]: Header;
};

/** Columns the import reads that are not a member field of their own. */
const IMPORT_ONLY = {
  maleYear: { label: "Năm sinh – Nam", synonyms: ["nam"] },
  femaleYear: { label: "Năm sinh – Nữ", synonyms: ["nu"] },
  birthYear: { label: "Năm sinh", synonyms: ["nam sinh"] },
  /** The tổ's name, looked up to its id. */
  group: {
    label: "Tổ công đoàn",
    synonyms: ["to cong doan", "to", "to cd", "ten to", "to chuyen mon", "to cong doan bo phan"],
  },
  status: { label: "Trạng thái", synonyms: ["trang thai", "tinh trang"] },
  // Read but not imported: the row number, and offices (positions are dated records of a term).
  stt: { label: "STT", synonyms: ["stt", "tt", "so tt", "so thu tu"] },
  positions: { label: "Chức vụ CĐ", synonyms: ["chuc vu cd", "chuc vu cong doan"] },
} as const satisfies Record<string, Header>;

/** Every column the import knows: the member fields' (lib/members/fields.ts) and its own. */
export const IMPORT_FIELDS = { ...MEMBER_HEADERS, ...IMPORT_ONLY };

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
