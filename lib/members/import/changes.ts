// What an import row changes on a stored member (the columns to set), and the values of a new
// member. Pure: shared by the preview (SAME vs UPDATE) and the write (audit before → after).
import { toSearchText, toSortName } from "@/lib/format";
import type { ImportData } from "./validate-row";

export type StoredMember = {
  id: string;
  fullName: string;
  gender: "MALE" | "FEMALE";
  dateOfBirth: string | null;
  cardNumber: string | null;
  groupId: string;
  joinedUnionOn: string | null;
  idNumber: string | null;
  hometown: string | null;
  ethnicity: string | null;
  phone: string | null;
  email: string | null;
  jobTitle: string | null;
  department: string | null;
  qualification: string | null;
  isPartyMember: boolean;
  partyJoinedOn: string | null;
  contractType: string | null;
  insuranceSalary: number | null;
  note: string | null;
};

/** Columns an update may set; status stays a dated lifecycle change made on the member's page. */
export const UPDATABLE = [
  "fullName",
  "gender",
  "dateOfBirth",
  "cardNumber",
  "groupId",
  "joinedUnionOn",
  "idNumber",
  "hometown",
  "ethnicity",
  "phone",
  "email",
  "jobTitle",
  "department",
  "qualification",
  "isPartyMember",
  "partyJoinedOn",
  "contractType",
  "insuranceSalary",
  "note",
] as const;
export type Updatable = (typeof UPDATABLE)[number];

/** A year alone is stored as 1 January of that year (see docs/decisions/0040-member-import.md). */
export function birthDateOf(d: ImportData, stored?: string | null): string | undefined {
  if (d.dateOfBirth) return d.dateOfBirth;
  if (!d.birthYear) return undefined;
  if (stored && Number(stored.slice(0, 4)) === d.birthYear) return stored; // the year agrees: keep the full date
  return `${d.birthYear}-01-01`;
}

export function changesFor(d: ImportData, m: StoredMember): Partial<Record<Updatable, unknown>> {
  const want: Partial<Record<Updatable, unknown>> = {
    fullName: d.fullName || undefined,
    gender: d.gender,
    dateOfBirth: birthDateOf(d, m.dateOfBirth),
    cardNumber: d.cardNumber,
    groupId: d.groupId,
    joinedUnionOn: d.joinedUnionOn,
    idNumber: d.idNumber,
    hometown: d.hometown,
    ethnicity: d.ethnicity,
    phone: d.phone,
    email: d.email,
    jobTitle: d.jobTitle,
    department: d.department,
    qualification: d.qualification,
    isPartyMember: d.isPartyMember,
    partyJoinedOn: d.partyJoinedOn,
    contractType: d.contractType,
    insuranceSalary: d.insuranceSalary,
    note: d.note,
  };
  if (d.isPartyMember === false) want.partyJoinedOn = null;
  const out: Partial<Record<Updatable, unknown>> = {};
  for (const k of UPDATABLE) {
    const v = want[k];
    if (v !== undefined && v !== (m[k] ?? null)) out[k] = v;
  }
  return out;
}

/** Every column of a new member. */
export function newMemberValues(d: ImportData) {
  const name = d.fullName.replace(/\s+/g, " ").trim();
  return {
    fullName: name,
    searchName: toSearchText(name),
    sortName: toSortName(name),
    gender: d.gender!,
    dateOfBirth: birthDateOf(d) ?? null,
    cardNumber: d.cardNumber ?? null,
    joinedUnionOn: d.joinedUnionOn!,
    groupId: d.groupId!,
    status: d.status ?? "ACTIVE",
    idNumber: d.idNumber ?? null,
    hometown: d.hometown ?? null,
    ethnicity: d.ethnicity ?? null,
    phone: d.phone ?? null,
    email: d.email ?? null,
    jobTitle: d.jobTitle ?? null,
    department: d.department ?? null,
    qualification: d.qualification ?? null,
    isPartyMember: d.isPartyMember ?? false,
    partyJoinedOn: d.isPartyMember === false ? null : (d.partyJoinedOn ?? null),
    contractType: d.contractType ?? null,
    insuranceSalary: d.insuranceSalary ?? null,
    note: d.note ?? null,
  };
}

/** Fields a new member cannot do without. */
export function missingForNew(d: ImportData): string[] {
  const out: string[] = [];
  if (!d.joinedUnionOn) out.push("Thiếu ngày vào công đoàn (bắt buộc với đoàn viên mới).");
  if (!d.groupId) out.push("Thiếu tổ công đoàn (bắt buộc với đoàn viên mới).");
  return out;
}
