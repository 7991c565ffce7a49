// One spreadsheet row → the member fields it sets, or Vietnamese errors. Pure, no I/O.
// Empty cells set nothing (an update keeps what is stored); see docs/decisions/0040.
import { toSearchText } from "@/lib/format";
import { STATUS_LABELS, type MemberStatusCode } from "@/lib/members/labels";
import { normalizeDate } from "@/lib/validation";
import type { ImportField } from "./columns";

export type ImportData = {
  fullName: string;
  gender?: "MALE" | "FEMALE";
  /** yyyy-MM-dd, or only the year when the file gives a year (the export's Nam / Nữ columns). */
  dateOfBirth?: string;
  birthYear?: number;
  cardNumber?: string;
  joinedUnionOn?: string;
  groupId?: string;
  status?: MemberStatusCode;
  note?: string;
  idNumber?: string;
  hometown?: string;
  ethnicity?: string;
  phone?: string;
  email?: string;
  jobTitle?: string;
  department?: string;
  qualification?: string;
  isPartyMember?: boolean;
  partyJoinedOn?: string;
  contractType?: string;
  insuranceSalary?: number;
};

export type GroupLookup = Map<string, { id: string; name: string; archived: boolean }>;
export const groupKey = (name: string) =>
  toSearchText(name)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

const STATUS_BY_TEXT = new Map<string, MemberStatusCode>(
  Object.entries(STATUS_LABELS).map(([k, v]) => [toSearchText(v), k as MemberStatusCode]),
);
const TEXT_LIMITS: Partial<Record<keyof ImportData, [number, string]>> = {
  hometown: [200, "Quê quán"],
  ethnicity: [50, "Dân tộc"],
  jobTitle: [100, "Chức vụ / nghề nghiệp"],
  department: [100, "Đơn vị / phòng ban"],
  qualification: [100, "Trình độ chuyên môn"],
  contractType: [100, "Loại hợp đồng"],
  note: [500, "Ghi chú"],
};

function year(v: string, label: string, errors: string[], thisYear: number): number | undefined {
  if (!/^\d{4}$/.test(v) || Number(v) < 1930 || Number(v) > thisYear) {
    errors.push(`${label} “${v}” không hợp lệ (ghi 4 chữ số, ví dụ 1985).`);
    return undefined;
  }
  return Number(v);
}

function date(v: string, label: string, errors: string[], today: string): string | undefined {
  const iso = normalizeDate(v);
  if (!iso) errors.push(`${label} “${v}” không hợp lệ (dạng dd/mm/yyyy).`);
  else if (iso > today) errors.push(`${label} ${v} ở tương lai.`);
  else if (iso < "1930-01-01") errors.push(`${label} ${v} không hợp lệ.`);
  else return iso;
  return undefined;
}

export function validateRow(
  cells: string[],
  fields: (ImportField | null)[],
  groups: GroupLookup,
  today: string,
) {
  const v: Partial<Record<ImportField, string>> = {};
  fields.forEach((f, i) => {
    if (f && cells[i] && v[f] === undefined) v[f] = cells[i].replace(/\s+/g, " ").trim();
  });
  const errors: string[] = [];
  const thisYear = Number(today.slice(0, 4));
  const data: ImportData = { fullName: v.fullName ?? "" };

  if (!v.fullName) errors.push("Thiếu họ và tên.");
  else if (v.fullName.length < 2 || v.fullName.length > 100)
    errors.push("Họ và tên phải từ 2 đến 100 ký tự.");

  if (v.gender) {
    const g = toSearchText(v.gender);
    if (["nam", "male", "m"].includes(g)) data.gender = "MALE";
    else if (["nu", "female", "f"].includes(g)) data.gender = "FEMALE";
    else errors.push(`Giới tính “${v.gender}” không hợp lệ (ghi Nam hoặc Nữ).`);
  }
  if (v.maleYear && v.femaleYear) errors.push("Năm sinh điền ở cả cột Nam và cột Nữ.");
  else if (v.maleYear || v.femaleYear) {
    const g = v.maleYear ? "MALE" : "FEMALE";
    if (data.gender && data.gender !== g)
      errors.push("Cột giới tính và cột năm sinh Nam/Nữ không khớp nhau.");
    data.gender = g;
    data.birthYear = year((v.maleYear ?? v.femaleYear)!, "Năm sinh", errors, thisYear);
  }
  if (!data.gender && !errors.some((e) => e.startsWith("Giới tính") || e.startsWith("Năm sinh điền")))
    errors.push("Thiếu giới tính (ghi Nam hoặc Nữ, hoặc điền năm sinh vào cột Nam/Nữ).");
  if (v.birthYear && data.birthYear === undefined)
    data.birthYear = year(v.birthYear, "Năm sinh", errors, thisYear);
  if (v.dateOfBirth) {
    // A year alone in the date column is a year of birth.
    if (/^\d{4}$/.test(v.dateOfBirth)) data.birthYear = year(v.dateOfBirth, "Năm sinh", errors, thisYear);
    else data.dateOfBirth = date(v.dateOfBirth, "Ngày sinh", errors, today);
  }
  if (data.dateOfBirth && data.birthYear && Number(data.dateOfBirth.slice(0, 4)) !== data.birthYear)
    errors.push("Ngày sinh và năm sinh không khớp nhau.");

  if (v.cardNumber) {
    const card = v.cardNumber.replace(/\s/g, "").toUpperCase();
    if (!/^[A-Z0-9-]{4,20}$/.test(card))
      errors.push(`Số thẻ “${v.cardNumber}” không hợp lệ (4–20 chữ số hoặc chữ cái).`);
    else data.cardNumber = card;
  }
  if (v.joinedUnionOn) data.joinedUnionOn = date(v.joinedUnionOn, "Ngày vào công đoàn", errors, today);
  const born = data.dateOfBirth ?? (data.birthYear ? `${data.birthYear}-01-01` : undefined);
  if (born && data.joinedUnionOn && data.joinedUnionOn <= born)
    errors.push("Ngày vào công đoàn phải sau ngày sinh.");

  if (v.group) {
    const g = groups.get(groupKey(v.group));
    if (!g) errors.push(`Không có tổ “${v.group}” trong đơn vị.`);
    else if (g.archived) errors.push(`Tổ “${g.name}” đã lưu trữ.`);
    else data.groupId = g.id;
  }

  // The export writes the status first in "Ghi chú" ("Nghỉ hưu; …"); a "Trạng thái" column wins.
  let note = v.note;
  if (note) {
    const [head, ...rest] = note.split(";");
    const s = STATUS_BY_TEXT.get(toSearchText(head));
    if (s) {
      data.status = s;
      note = rest.join(";").trim() || undefined;
    }
  }
  if (v.status) {
    const s = STATUS_BY_TEXT.get(toSearchText(v.status));
    if (!s) errors.push(`Trạng thái “${v.status}” không hợp lệ (ví dụ: Đang sinh hoạt, Nghỉ hưu).`);
    else data.status = s;
  }
  if (note) data.note = note;

  if (v.idNumber) {
    if (/^\d{12}$/.test(v.idNumber)) data.idNumber = v.idNumber;
    else errors.push("Số CCCD gồm đúng 12 chữ số.");
  }
  if (v.phone) {
    const p = v.phone.replace(/[\s.]/g, "");
    if (/^(\+84|0)\d{9,10}$/.test(p)) data.phone = p;
    else if (/^\d{9}$/.test(p))
      data.phone = `0${p}`; // Excel drops the leading 0 of a number
    else errors.push(`Số điện thoại “${v.phone}” không hợp lệ.`);
  }
  if (v.email) {
    if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email)) data.email = v.email.toLowerCase();
    else errors.push(`Email “${v.email}” không hợp lệ.`);
  }
  for (const k of [
    "hometown",
    "ethnicity",
    "jobTitle",
    "department",
    "qualification",
    "contractType",
  ] as const)
    if (v[k]) data[k] = v[k];
  for (const [k, [max, label]] of Object.entries(TEXT_LIMITS)) {
    const text = data[k as keyof ImportData];
    if (typeof text === "string" && text.length > max) errors.push(`${label} dài quá ${max} ký tự.`);
  }
  if (v.isPartyMember) {
    const p = toSearchText(v.isPartyMember);
    if (["x", "co", "yes", "1", "dang vien", "la dang vien"].includes(p)) data.isPartyMember = true;
    else if (["khong", "no", "0", "-"].includes(p)) data.isPartyMember = false;
    else errors.push(`Cột Đảng viên “${v.isPartyMember}” không hiểu được (ghi “x”, “Có” hoặc “Không”).`);
  }
  if (v.partyJoinedOn) {
    data.partyJoinedOn = date(v.partyJoinedOn, "Ngày vào Đảng", errors, today);
    if (data.partyJoinedOn && data.isPartyMember === undefined) data.isPartyMember = true;
  }
  if (v.insuranceSalary) {
    const n = v.insuranceSalary.replace(/[.,\s₫đ]/g, "");
    if (/^\d{1,10}$/.test(n)) data.insuranceSalary = Number(n);
    else errors.push(`Lương đóng BHXH “${v.insuranceSalary}” không hợp lệ (số đồng, không có phần lẻ).`);
  }
  return { data, errors };
}
