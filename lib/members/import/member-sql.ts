// The import's SQL column lists, derived from MEMBER_FIELDS (lib/members/fields.ts): what it reads of a
// stored member, and the jsonb recordset it inserts and updates members from. Column names are quoted
// identifiers from that fixed list, never user input.
import { MEMBER_FIELD_NAMES, MEMBER_FIELDS, type MemberField } from "@/lib/members/fields";

const q = (c: string) => `"${c}"`;
const kindOf = (f: MemberField) => MEMBER_FIELDS[f].kind;

/** Reads a stored member in the StoredMember shape: dates and the gender as text. */
export const STORED_COLUMNS = [
  "id",
  ...MEMBER_FIELD_NAMES.map((f) =>
    kindOf(f) === "date" || kindOf(f) === "gender" ? `${q(f)}::text AS ${q(f)}` : q(f),
  ),
].join(", ");

const RECORD_TYPE = { text: "text", date: "text", gender: "text", bool: "boolean", int: "int" } as const;

/** `jsonb_to_recordset(…) AS t(<this>)`: the member fields plus the columns named in `extra`. */
export function recordsetColumns(extra: Record<string, string>) {
  return [
    ...Object.entries(extra).map(([c, type]) => `${q(c)} ${type}`),
    ...MEMBER_FIELD_NAMES.map((f) => `${q(f)} ${RECORD_TYPE[kindOf(f)]}`),
  ].join(", ");
}

/** The recordset's value of a member field, cast to the column's type. */
export function castField(alias: string, f: MemberField) {
  const v = `${alias}.${q(f)}`;
  if (kindOf(f) === "date") return `${v}::date`;
  if (kindOf(f) === "gender") return `${v}::"Gender"`;
  return v;
}

/** The member fields as a column list, `"fullName", gender, …`. */
export const FIELD_COLUMNS = MEMBER_FIELD_NAMES.map(q).join(", ");
/** The member fields read from the recordset `t`, in FIELD_COLUMNS' order. */
export const FIELD_VALUES = MEMBER_FIELD_NAMES.map((f) => castField("t", f)).join(", ");
/** `SET "fullName" = t."fullName", …` for an UPDATE … FROM the recordset `t`. */
export const FIELD_ASSIGNMENTS = MEMBER_FIELD_NAMES.map((f) => `${q(f)} = ${castField("t", f)}`).join(", ");
