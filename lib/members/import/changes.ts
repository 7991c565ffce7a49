// What an import row changes on a stored member (the columns to set), and the values of a new
// member. Pure: shared by the preview (SAME vs UPDATE) and the write (audit before → after).
// The columns are MEMBER_FIELDS' (lib/members/fields.ts).
import { toSearchText, toSortName } from "@/lib/format";
import { MEMBER_FIELD_NAMES, type MemberField, type StoredMember } from "@/lib/members/fields";
import type { ImportData } from "./validate-row";

export type { StoredMember };

/** Columns an update may set; status stays a dated lifecycle change made on the member's page. */
export const UPDATABLE = MEMBER_FIELD_NAMES;
export type Updatable = MemberField;

/** A year alone is stored as 1 January of that year (see docs/decisions/0041-member-import.md). */
export function birthDateOf(d: ImportData, stored?: string | null): string | undefined {
  if (d.dateOfBirth) return d.dateOfBirth;
  if (!d.birthYear) return undefined;
  if (stored && Number(stored.slice(0, 4)) === d.birthYear) return stored; // the year agrees: keep the full date
  return `${d.birthYear}-01-01`;
}

export function changesFor(d: ImportData, m: StoredMember): Partial<Record<Updatable, unknown>> {
  const want: Partial<Record<Updatable, unknown>> = {
    ...Object.fromEntries(UPDATABLE.map((k) => [k, d[k]])),
    fullName: d.fullName || undefined,
    dateOfBirth: birthDateOf(d, m.dateOfBirth),
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
  const fields = Object.fromEntries(UPDATABLE.map((k) => [k, d[k] ?? null])) as {
    [K in Updatable]: NonNullable<ImportData[K]> | null;
  };
  return {
    ...fields,
    fullName: name,
    searchName: toSearchText(name),
    sortName: toSortName(name),
    gender: d.gender!,
    dateOfBirth: birthDateOf(d) ?? null,
    joinedUnionOn: d.joinedUnionOn!,
    groupId: d.groupId!,
    status: d.status ?? "ACTIVE",
    isPartyMember: d.isPartyMember ?? false,
    partyJoinedOn: d.isPartyMember === false ? null : (d.partyJoinedOn ?? null),
  };
}

/** Fields a new member cannot do without. */
export function missingForNew(d: ImportData): string[] {
  const out: string[] = [];
  if (!d.joinedUnionOn) out.push("Thiếu ngày vào công đoàn (bắt buộc với đoàn viên mới).");
  if (!d.groupId) out.push("Thiếu tổ công đoàn (bắt buộc với đoàn viên mới).");
  return out;
}
