import "server-only";
// The checked rows of a payroll list, written with its preview: multi-row INSERTs of PREVIEW_CHUNK
// rows (one statement per chunk, columns passed as arrays and unnested), inside the upload's
// transaction, so a list is stored whole or not at all.
import type { Tx } from "@/lib/db";
import type { PayrollRow } from "./rows";

export const PREVIEW_CHUNK = 5_000;

const clean = (s: string) => s.replace(/[\u0000-\u001f]/g, " ");

export async function writePreviewRows(tx: Tx, importId: string, rows: PayrollRow[], chunk = PREVIEW_CHUNK) {
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    // A row's errors joined by the unit separator (control characters of the cells are blanked
    // first), split back in SQL ("" → no error).
    await tx.$executeRaw`
      INSERT INTO "DuesImportRow" ("importId", "rowNo", card, name, month, amount, "memberId", errors)
      SELECT ${importId}, r.row_no, r.card, r.name, r.month, r.amount, r.member_id,
             CASE WHEN r.errors = '' THEN '{}'::text[] ELSE string_to_array(r.errors, E'\x1f') END
      FROM unnest(${part.map((r) => r.rowNo)}::int[], ${part.map((r) => clean(r.card))}::text[],
                  ${part.map((r) => clean(r.name))}::text[], ${part.map((r) => r.month)}::text[],
                  ${part.map((r) => r.amount)}::int[], ${part.map((r) => r.memberId)}::text[],
                  ${part.map((r) => r.errors.map(clean).join("\u001f"))}::text[])
        AS r(row_no, card, name, month, amount, member_id, errors)`;
  }
}
