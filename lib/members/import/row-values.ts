// One spreadsheet row → the member form's field shape (lib/members/schema.ts), before any rule is
// checked: the Excel-specific leniency lives here (a phone whose leading 0 Excel dropped, money
// written "5.000.000 đ", status and gender words, Đảng viên "x", a year of birth in its own
// column, the export's status at the head of "Ghi chú"). Cells are trimmed, and an empty cell
// stays out of the values: it sets nothing. Pure, no I/O.
import { toSearchText } from "@/lib/format";
import { MEMBER_FIELD_NAMES, MEMBER_FIELDS, type MemberField } from "@/lib/members/fields";
import { STATUS_LABELS, type MemberStatusCode } from "@/lib/members/labels";
import type { MemberImportValues } from "@/lib/members/schema";
import type { ImportField } from "./columns";

export type GroupLookup = Map<string, { id: string; name: string; archived: boolean }>;
export const groupKey = (name: string) =>
  toSearchText(name)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

export type Cells = Partial<Record<ImportField, string>>;
/** What the row says beyond the member's fields: a year of birth alone, and a status. */
export type RowExtras = { birthYear?: number; status?: MemberStatusCode };
export type RowValues = {
  values: MemberImportValues;
  extras: RowExtras;
  /** The cell each member field was read from, as typed, for the row's messages. */
  cells: Partial<Record<MemberField, string>>;
  /** Cells that do not map to a value at all (an unknown word, tổ or status). */
  errors: string[];
};

const STATUS_BY_TEXT = new Map<string, MemberStatusCode>(
  Object.entries(STATUS_LABELS).map(([k, v]) => [toSearchText(v), k as MemberStatusCode]),
);
/** Those with their own reading below. */
const READ_APART = new Set<MemberField>([
  "gender",
  "groupId",
  "phone",
  "note",
  "insuranceSalary",
  "isPartyMember",
]);
/** Text and date columns whose cell is the form's value as it stands. */
const PLAIN_TEXT = MEMBER_FIELD_NAMES.filter(
  (f): f is MemberField & ImportField =>
    !READ_APART.has(f) && "header" in MEMBER_FIELDS[f] && ["text", "date"].includes(MEMBER_FIELDS[f].kind),
);

/** The first non-empty cell of each known column, whitespace collapsed and trimmed. */
export function readCells(cells: string[], fields: (ImportField | null)[]): Cells {
  const v: Cells = {};
  fields.forEach((f, i) => {
    if (f && cells[i] && v[f] === undefined) v[f] = cells[i].replace(/\s+/g, " ").trim();
  });
  return v;
}

export function rowValues(v: Cells, groups: GroupLookup, today: string): RowValues {
  const out: RowValues = { values: {}, extras: {}, cells: {}, errors: [] };
  for (const f of PLAIN_TEXT) if (v[f]) setValue(out, f, v[f], v[f]);
  readGender(v, out, today);
  readGroup(v.group, groups, out);
  readStatusAndNote(v, out);
  if (v.phone) setValue(out, "phone", excelPhone(v.phone), v.phone);
  if (v.insuranceSalary) setValue(out, "insuranceSalary", excelMoney(v.insuranceSalary), v.insuranceSalary);
  readParty(v, out);
  return out;
}

function setValue<K extends MemberField>(out: RowValues, f: K, value: MemberImportValues[K], cell: string) {
  out.values[f] = value;
  out.cells[f] = cell;
}

/**
 * A money cell as the member form reads it (`parseDong`): "5,000,000" (grouped the English way) is
 * 5.000.000; anything else keeps its commas, so "5,5" is refused as a decimal instead of read as 55.
 */
export function excelMoney(cell: string) {
  const s = cell.replace(/[\s₫đ]/gi, "");
  return /^\d{1,3}(,\d{3})+$/.test(s) ? s.replace(/,/g, ".") : s;
}

/** Excel drops the leading 0 of a number typed without a quote: 912345678 is 0912345678. */
function excelPhone(cell: string) {
  const p = cell.replace(/[\s.]/g, "");
  return /^\d{9}$/.test(p) ? `0${p}` : cell;
}

function genderWord(word: string): "MALE" | "FEMALE" | undefined {
  const g = toSearchText(word);
  if (["nam", "male", "m"].includes(g)) return "MALE";
  if (["nu", "female", "f"].includes(g)) return "FEMALE";
  return undefined;
}

function year(v: string, out: RowValues, thisYear: number): number | undefined {
  if (!/^\d{4}$/.test(v) || Number(v) < 1930 || Number(v) > thisYear) {
    out.errors.push(`Năm sinh “${v}” không hợp lệ (ghi 4 chữ số, ví dụ 1985).`);
    return undefined;
  }
  return Number(v);
}

/** Giới tính, or the export's "Năm sinh" split into a Nam and a Nữ column; and a year of birth alone. */
function readGender(v: Cells, out: RowValues, today: string) {
  const thisYear = Number(today.slice(0, 4));
  let gender: "MALE" | "FEMALE" | undefined;
  let genderError = false;
  if (v.gender) {
    gender = genderWord(v.gender);
    if (!gender) {
      out.errors.push(`Giới tính “${v.gender}” không hợp lệ (ghi Nam hoặc Nữ).`);
      genderError = true;
    }
  }
  if (v.maleYear && v.femaleYear) {
    out.errors.push("Năm sinh điền ở cả cột Nam và cột Nữ.");
    genderError = true;
  } else if (v.maleYear || v.femaleYear) {
    const g = v.maleYear ? "MALE" : "FEMALE";
    if (gender && gender !== g) out.errors.push("Cột giới tính và cột năm sinh Nam/Nữ không khớp nhau.");
    gender = g;
    out.extras.birthYear = year((v.maleYear ?? v.femaleYear)!, out, thisYear);
  }
  if (gender) out.values.gender = gender;
  else if (!genderError)
    out.errors.push("Thiếu giới tính (ghi Nam hoặc Nữ, hoặc điền năm sinh vào cột Nam/Nữ).");
  if (v.birthYear && out.extras.birthYear === undefined)
    out.extras.birthYear = year(v.birthYear, out, thisYear);
  // A year alone in the date column is a year of birth.
  if (v.dateOfBirth && /^\d{4}$/.test(v.dateOfBirth)) {
    delete out.values.dateOfBirth;
    delete out.cells.dateOfBirth;
    out.extras.birthYear = year(v.dateOfBirth, out, thisYear);
  }
}

function readGroup(name: string | undefined, groups: GroupLookup, out: RowValues) {
  if (!name) return;
  const g = groups.get(groupKey(name));
  if (!g) out.errors.push(`Không có tổ “${name}” trong đơn vị.`);
  else if (g.archived) out.errors.push(`Tổ “${g.name}” đã lưu trữ.`);
  else setValue(out, "groupId", g.id, name);
}

/** The export writes the status first in "Ghi chú" ("Nghỉ hưu; …"); a "Trạng thái" column wins. */
function readStatusAndNote(v: Cells, out: RowValues) {
  let note = v.note;
  if (note) {
    const [head, ...rest] = note.split(";");
    const s = STATUS_BY_TEXT.get(toSearchText(head));
    if (s) {
      out.extras.status = s;
      note = rest.join(";").trim() || undefined;
    }
  }
  if (v.status) {
    const s = STATUS_BY_TEXT.get(toSearchText(v.status));
    if (!s) out.errors.push(`Trạng thái “${v.status}” không hợp lệ (ví dụ: Đang sinh hoạt, Nghỉ hưu).`);
    else out.extras.status = s;
  }
  if (note) setValue(out, "note", note, note);
}

/** Đảng viên: "x", "Có", "Không"…; a date of joining the Party alone means yes. */
function readParty(v: Cells, out: RowValues) {
  if (v.isPartyMember) {
    const p = toSearchText(v.isPartyMember);
    if (["x", "co", "yes", "1", "dang vien", "la dang vien"].includes(p)) out.values.isPartyMember = true;
    else if (["khong", "no", "0", "-"].includes(p)) out.values.isPartyMember = false;
    else out.errors.push(`Cột Đảng viên “${v.isPartyMember}” không hiểu được (ghi “x”, “Có” hoặc “Không”).`);
  }
  if (v.partyJoinedOn && out.values.isPartyMember === undefined) out.values.isPartyMember = true;
}
