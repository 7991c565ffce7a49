import "server-only";
import * as clock from "@/lib/clock";
// The background part of an upload: read the sheet, check every row, decide its outcome, and
// store the rows for the preview. Progress goes to the MemberImport row, which the page polls.
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toDateInput } from "@/lib/format";
import type { ImportCounts } from "./columns";
import { makeMatcher } from "./match";
import { readSheet } from "./read-sheet";
import { MAX_ROWS } from "./sheet-process";
import { loadStoredMembers } from "./stored";
import { groupKey, validateRow, type GroupLookup } from "./validate-row";

export { MAX_ROWS };
const CHUNK = 10_000;

const progress = (id: string, phase: string, value: number) =>
  db.memberImport.update({ where: { id }, data: { phase, progress: Math.round(value) } });

export async function processImport(id: string, unitId: string, file: Buffer) {
  try {
    await progress(id, "parse", 5);
    let t = performance.now();
    const lap = (step: string) => {
      if (process.env.SCD_IMPORT_TIMING)
        console.log(`  [import] ${step}: ${(performance.now() - t).toFixed(0)} ms`);
      t = performance.now();
    };
    const sheet = await readSheet(file);
    lap("read sheet");
    if (sheet.rows.length === 0)
      throw new AppError("VALIDATION", "Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.");
    if (sheet.rows.length > MAX_ROWS)
      throw new AppError(
        "VALIDATION",
        `Tệp có ${sheet.rows.length} dòng: mỗi lần nhập tối đa ${MAX_ROWS} dòng.`,
      );
    await db.memberImport.update({
      where: { id },
      data: { phase: "validate", progress: 0, rowCount: sheet.rows.length, headers: sheet.headers },
    });

    const [groups, members] = await Promise.all([
      db.group.findMany({ where: { unitId }, select: { id: true, name: true, archivedAt: true } }),
      loadStoredMembers(db, unitId),
    ]);
    lap("load members");
    const lookup: GroupLookup = new Map(
      groups.map((g) => [groupKey(g.name), { id: g.id, name: g.name, archived: !!g.archivedAt }]),
    );
    const decide = makeMatcher(members);
    const today = toDateInput(clock.today());
    const counts: ImportCounts = { NEW: 0, UPDATE: 0, SAME: 0, AMBIGUOUS: 0, ERROR: 0 };

    for (let from = 0; from < sheet.rows.length; from += CHUNK) {
      const batch = sheet.rows.slice(from, from + CHUNK).map((r) => {
        const { data, errors } = validateRow(r.cells, sheet.fields, lookup, today);
        const d = errors.length ? { outcome: "ERROR" as const, errors } : decide(r.rowNo, data);
        counts[d.outcome]++;
        return {
          rowNo: r.rowNo,
          outcome: d.outcome,
          cells: r.cells,
          data,
          matchId: d.matchId ?? null,
          candidates: d.candidates ?? null,
          errors: d.errors,
        };
      });
      await db.$executeRawUnsafe(
        `INSERT INTO "MemberImportRow" ("importId", "rowNo", outcome, cells, data, "matchId", candidates, errors)
         SELECT $1, t."rowNo", t.outcome, t.cells, t.data, t."matchId", t.candidates, ARRAY(SELECT jsonb_array_elements_text(t.errors))
         FROM jsonb_to_recordset($2::jsonb) AS t("rowNo" int, outcome text, cells jsonb, data jsonb, "matchId" text, candidates jsonb, errors jsonb)`,
        id,
        JSON.stringify(batch),
      );
      await progress(id, "validate", ((from + batch.length) / sheet.rows.length) * 100);
    }
    lap("check + stage rows");
    await db.memberImport.update({
      where: { id },
      data: { status: "PREVIEW", phase: "validate", progress: 100, counts },
    });
  } catch (err) {
    const message =
      err instanceof AppError ? err.message : "Không xử lý được tệp. Hãy kiểm tra lại tệp Excel và thử lại.";
    if (!(err instanceof AppError)) console.error("[member-import]", err);
    await db.memberImport
      .update({ where: { id }, data: { status: "FAILED", error: message } })
      .catch(() => {});
  }
}
