import "server-only";
// The transport of the sổ's member rows (storedBookRows) as one text: a record per member separated
// by U+001E, its 11 fields by U+001F, the month arrays as comma lists. For 60,000 members PostgreSQL
// builds this in about two thirds of the time json_agg(json_build_array(…)) took, and splitting it is
// no slower than JSON.parse. A NULL is an empty field; the card number comes prefixed with "=" so an
// empty card number stays distinct from none. Should a name ever hold one of the separators, a
// record has the wrong number of fields and the caller reads the rows as JSON instead.
import { Prisma } from "@/lib/generated/prisma/client";
import type { BookRow } from "./book-rows";

const FIELDS = 11;
const RS = "\u001e";
const US = "\u001f";

/** The SELECT list: the aggregated text of the rows, in the sổ's order. */
export const bookRowsText = Prisma.sql`
  string_agg(concat_ws(E'\\x1f', mm.id, mm."fullName", COALESCE('=' || mm."cardNumber", ''), mm."groupId",
      g.name, d.codes, array_to_string(d.amounts, ','), array_to_string(d.paids, ','),
      array_to_string(d.extras, ','), COALESCE(d."lastAmount"::text, ''), COALESCE(d."lastSalary"::text, '')),
    E'\\x1e' ORDER BY g.name, mm."sortName", mm.id)`;

const ints = (s: string) => (s === "" ? [] : s.split(",").map(Number));
const intOrNull = (s: string) => (s === "" ? null : Number(s));

/** The rows of the text, or null when a record does not have its 11 fields. */
export function parseBookRowsText(text: string | null): BookRow[] | null {
  if (!text) return [];
  const out: BookRow[] = [];
  for (const rec of text.split(RS)) {
    const f = rec.split(US);
    if (f.length !== FIELDS) return null;
    const extras = ints(f[8]);
    out.push({
      id: f[0],
      fullName: f[1],
      cardNumber: f[2] === "" ? null : f[2].slice(1),
      groupId: f[3],
      groupName: f[4],
      codes: f[5],
      amounts: ints(f[6]),
      paids: ints(f[7]),
      extras: extras.some((x) => x !== 0) ? extras : null,
      lastAmount: intOrNull(f[9]),
      lastSalary: intOrNull(f[10]),
    });
  }
  return out;
}
