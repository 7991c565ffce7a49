import "server-only";
// The write of a previewed import: one transaction, set-based statements over jsonb_to_recordset
// (the jsonb cousin of UPDATE … FROM unnest). All of it is written, or none of it; the job turns
// DONE inside the same transaction, so DONE always means the rows are there. The statements that
// write the rows are in write-rows.ts; the lock that tells a live write from a cut-off one in
// writer-lock.ts.
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError, conflict } from "@/lib/errors";
import { toDateInput } from "@/lib/format";
import { changesFor, missingForNew, newMemberValues } from "./changes";
import type { Candidate } from "./match";
import { loadStoredMembers } from "./stored";
import type { ImportData } from "./validate-row";
import { checkCards, insertMembers, json, lap, newId, startLaps, updateMembers } from "./write-rows";
import { holdWriterLock } from "./writer-lock";

type Row = {
  rowNo: number;
  outcome: string;
  data: ImportData;
  matchId: string | null;
  candidates: Candidate[] | null;
  choice: string | null;
};
export type ImportResult = { created: number; updated: number; unchanged: number; skipped: number };

/** Rows to write, with each ambiguous row turned into what the user chose; throws when a choice is missing or wrong. */
export async function rowsToWrite(importId: string) {
  const rows = await db.$queryRawUnsafe<Row[]>(
    `SELECT "rowNo", outcome, data, "matchId", candidates, choice FROM "MemberImportRow" WHERE "importId" = $1 AND outcome IN ('NEW', 'UPDATE', 'AMBIGUOUS') ORDER BY "rowNo"`,
    importId,
  );
  const out: Row[] = [];
  let skipped = 0;
  const problems: string[] = [];
  const targeted = new Map<string, number>();
  for (const r of rows) {
    if (r.outcome === "AMBIGUOUS") {
      if (!r.choice) problems.push(`Dòng ${r.rowNo}: chưa chọn đoàn viên khớp.`);
      else if (r.choice === "skip") skipped++;
      else if (r.choice === "new") {
        const missing = missingForNew(r.data);
        if (missing.length) problems.push(`Dòng ${r.rowNo}: ${missing.join(" ")}`);
        else out.push({ ...r, outcome: "NEW" });
      } else if (!r.candidates?.some((c) => c.id === r.choice))
        problems.push(`Dòng ${r.rowNo}: lựa chọn không hợp lệ.`);
      else out.push({ ...r, outcome: "UPDATE", matchId: r.choice });
    } else out.push(r);
  }
  for (const r of out) {
    if (r.outcome !== "UPDATE") continue;
    const first = targeted.get(r.matchId!);
    if (first !== undefined) problems.push(`Dòng ${r.rowNo} và dòng ${first} cùng cập nhật một đoàn viên.`);
    else targeted.set(r.matchId!, r.rowNo);
  }
  // Chosen members already matched by another row (SAME rows are not loaded above).
  const same = await db.memberImportRow.findMany({
    where: { importId, outcome: "SAME", matchId: { in: [...targeted.keys()] } },
    select: { rowNo: true, matchId: true },
  });
  for (const s of same)
    problems.push(`Dòng ${targeted.get(s.matchId!)} chọn đoàn viên đã khớp với dòng ${s.rowNo}.`);
  if (problems.length)
    throw new AppError(
      "VALIDATION",
      `Chưa nhập được: ${problems.slice(0, 5).join(" ")}${problems.length > 5 ? ` (và ${problems.length - 5} vấn đề khác)` : ""}`,
    );
  return { rows: out, skipped };
}

export async function writeImport(
  actor: Pick<Actor, "userId" | "unitId">,
  importId: string,
  fileName: string,
  onStep: (pct: number) => Promise<unknown>,
): Promise<ImportResult> {
  startLaps();
  const { rows, skipped } = await rowsToWrite(importId);
  lap("rows to write");
  await onStep(5);
  const today = toDateInput(clock.today());
  return db.$transaction(
    async (tx) => {
      // Held until commit or rollback: another instance can tell whether this write is alive.
      await holdWriterLock(tx, importId);
      const news = rows
        .filter((r) => r.outcome === "NEW")
        .map((r) => ({ id: newId(), ...newMemberValues(r.data) }));
      const targets = rows.filter((r) => r.outcome === "UPDATE");
      const stored = new Map(
        (
          await loadStoredMembers(
            tx,
            actor.unitId,
            targets.map((r) => r.matchId!),
          )
        ).map((m) => [m.id, m]),
      );
      const updates: {
        id: string;
        before: Record<string, unknown>;
        after: Record<string, unknown>;
        row: Record<string, unknown>;
      }[] = [];
      for (const r of targets) {
        const m = stored.get(r.matchId!);
        if (!m)
          throw conflict(
            `Dòng ${r.rowNo}: đoàn viên cần cập nhật không còn trong đơn vị. Hãy tải tệp lên lại.`,
          );
        const after = changesFor(r.data, m);
        if (!Object.keys(after).length) continue;
        const before = Object.fromEntries(Object.keys(after).map((k) => [k, m[k as keyof typeof m]]));
        updates.push({ id: m.id, before, after, row: { ...m, ...after } });
      }
      lap("prepare");
      await checkCards(tx, actor.unitId, news, updates);
      lap("cards");
      await onStep(15);

      await insertMembers(tx, actor, news, importId, (done) =>
        onStep(15 + Math.round((done / Math.max(1, news.length)) * 65)),
      );
      lap("insert");
      await onStep(55);
      await updateMembers(tx, actor, updates, today);
      lap("update");
      await onStep(80);
      await tx.$executeRawUnsafe(
        `INSERT INTO "AuditLog" ("actorUserId", action, "entityType", "entityId", before, after)
         SELECT $1, t.action, 'Member', t.id, t.before, t.after FROM jsonb_to_recordset($2::jsonb) AS t(action text, id text, before jsonb, after jsonb)`,
        actor.userId,
        json([
          ...updates.map((u) => ({
            action: "member.update",
            id: u.id,
            before: u.before,
            after: { ...u.after, via: "import", importId },
          })),
        ]),
      );
      lap("audit");
      const result = {
        created: news.length,
        updated: updates.length,
        unchanged: targets.length - updates.length,
        skipped,
      };
      await tx.auditLog.create({
        data: {
          actorUserId: actor.userId,
          action: "member.import",
          entityType: "MemberImport",
          entityId: importId,
          after: { fileName, ...result },
        },
      });
      await tx.memberImport.update({
        where: { id: importId },
        data: {
          status: "DONE",
          phase: "write",
          progress: 100,
          finishedAt: new Date(),
          error: null,
          counts: undefined,
        },
      });
      return result;
    },
    { timeout: 600_000, maxWait: 20_000 },
  );
}
