// One spreadsheet row → the member fields it sets, or Vietnamese errors. Pure, no I/O.
// The row is first mapped to the member form's field shape (row-values.ts), then checked with the
// member form's own field rules (memberImportSchema); each zod issue becomes a row error that names
// the cell. Empty cells set nothing (an update keeps what is stored); see docs/decisions/0040.
import type { z } from "zod";
import type { MemberField, StoredMember } from "@/lib/members/fields";
import type { MemberStatusCode } from "@/lib/members/labels";
import { memberImportSchema } from "@/lib/members/schema";
import { normalizeDate } from "@/lib/validation";
import type { ImportField } from "./columns";
import { type GroupLookup, readCells, rowValues, type RowValues } from "./row-values";

export { groupKey, type GroupLookup } from "./row-values";

type Parsed = z.output<typeof memberImportSchema>;

/**
 * The member fields a row sets (MEMBER_FIELDS' values, dates as yyyy-MM-dd), with what only a file
 * says: a year of birth alone (the export's Nam / Nữ columns), and a status.
 */
export type ImportData = { fullName: string; birthYear?: number; status?: MemberStatusCode } & Partial<{
  [K in Exclude<MemberField, "fullName">]: NonNullable<StoredMember[K]>;
}>;

const dateMessage = (label: string) => (cell: string, message: string) => {
  if (!normalizeDate(cell)) return `${label} “${cell}” không hợp lệ (dạng dd/mm/yyyy).`;
  if (message.includes("tương lai")) return `${label} ${cell} ở tương lai.`;
  return `${label} ${cell} không hợp lệ.`;
};

/** The import's wording of a field's issue, naming the cell; other fields keep the form's message. */
const ROW_MESSAGES: Partial<Record<MemberField, (cell: string, message: string) => string>> = {
  fullName: () => "Họ và tên phải từ 2 đến 100 ký tự.",
  dateOfBirth: dateMessage("Ngày sinh"),
  joinedUnionOn: dateMessage("Ngày vào công đoàn"),
  partyJoinedOn: dateMessage("Ngày vào Đảng"),
  cardNumber: (cell) => `Số thẻ “${cell}” không hợp lệ (4–20 chữ số hoặc chữ cái).`,
  phone: (cell) => `Số điện thoại “${cell}” không hợp lệ.`,
  email: (cell) => `Email “${cell}” không hợp lệ.`,
  insuranceSalary: (cell) => `Lương đóng BHXH “${cell}” không hợp lệ (số đồng, không có phần lẻ).`,
};

function issueMessages(error: z.ZodError, cells: RowValues["cells"]) {
  return error.issues.map((issue) => {
    const field = issue.path[0] as MemberField;
    const wording = ROW_MESSAGES[field];
    return wording ? wording(cells[field] ?? "", issue.message) : issue.message;
  });
}

/** The member form's mapping (toMemberData) of the fields the row sets. */
function toImportData(p: Parsed, row: RowValues): ImportData {
  const data: ImportData = { fullName: p.fullName ?? "", ...row.extras };
  for (const [k, v] of Object.entries(p) as [keyof Parsed, unknown][])
    if (v !== undefined && v !== "" && k !== "insuranceSalary") (data as Record<string, unknown>)[k] = v;
  if (data.cardNumber) data.cardNumber = data.cardNumber.toUpperCase();
  if (data.phone) data.phone = data.phone.replace(/[\s.]/g, "");
  if (data.email) data.email = data.email.toLowerCase();
  if (p.insuranceSalary) data.insuranceSalary = Number(p.insuranceSalary.replace(/\./g, ""));
  return data;
}

/** The rule across fields that an import row can break on its own: joined after birth. */
function crossFieldErrors(data: ImportData): string[] {
  const errors: string[] = [];
  if (data.dateOfBirth && data.birthYear && Number(data.dateOfBirth.slice(0, 4)) !== data.birthYear)
    errors.push("Ngày sinh và năm sinh không khớp nhau.");
  const born = data.dateOfBirth ?? (data.birthYear ? `${data.birthYear}-01-01` : undefined);
  if (born && data.joinedUnionOn && data.joinedUnionOn <= born)
    errors.push("Ngày vào công đoàn phải sau ngày sinh.");
  return errors;
}

export function validateRow(
  cells: string[],
  fields: (ImportField | null)[],
  groups: GroupLookup,
  today: string,
) {
  const read = readCells(cells, fields);
  const row = rowValues(read, groups, today);
  const parsed = memberImportSchema.safeParse(row.values);
  const errors = read.fullName ? [] : ["Thiếu họ và tên."];
  errors.push(...row.errors);
  if (!parsed.success) {
    errors.push(...issueMessages(parsed.error, row.cells));
    return { data: { fullName: read.fullName ?? "", ...row.extras } as ImportData, errors };
  }
  const data = toImportData(parsed.data, row);
  errors.push(...crossFieldErrors(data));
  return { data, errors };
}
