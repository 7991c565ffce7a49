import "server-only";
// The write of a previewed import: one transaction, set-based statements over jsonb_to_recordset
// (the jsonb cousin of UPDATE … FROM unnest). All of it is written, or none of it; the job turns
// DONE inside the same transaction, so DONE always means the rows are there.
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db, type Tx } from "@/lib/db";
import { AppError, conflict } from "@/lib/errors";
import { toDateInput, toSearchText, toSortName } from "@/lib/format";
import { changesFor, missingForNew, newMemberValues, UPDATABLE } from "./changes";
import type { Candidate } from "./match";
import { FIELD_ASSIGNMENTS, FIELD_COLUMNS, FIELD_VALUES, recordsetColumns } from "./member-sql";
import { loadStoredMembers } from "./stored";
import type { ImportData } from "./validate-row";
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

let seq = 0;
const newId = () =>
  `c${Date.now().toString(36)}${(seq++ % 1296).toString(36).padStart(2, "0")}${randomBytes(8).toString("hex")}`.slice(
    0,
    25,
  );
const json = (v: unknown) => JSON.stringify(v);
const NEW_RECORD = recordsetColumns({ id: "text", searchName: "text", sortName: "text", status: "text" });
const UPDATE_RECORD = recordsetColumns({ id: "text", searchName: "text", sortName: "text" });
// SCD_IMPORT_TIMING=1 prints the time of each step (bench/import.ts).
let mark = 0;
const lap = (step: string) => {
  if (process.env.SCD_IMPORT_TIMING)
    console.log(`  [import] ${step}: ${(performance.now() - mark).toFixed(0)} ms`);
  mark = performance.now();
};

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
  mark = performance.now();
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

async function checkCards(
  tx: Tx,
  unitId: string,
  news: { id: string; cardNumber: string | null }[],
  updates: { id: string; after: Record<string, unknown> }[],
) {
  const wanted = [
    ...news.map((n) => [n.cardNumber, n.id]),
    ...updates.map((u) => [u.after.cardNumber as string | undefined, u.id]),
  ].filter((p) => p[0]) as [string, string][];
  if (!wanted.length) return;
  const holders = await tx.$queryRawUnsafe<{ id: string; fullName: string; cardNumber: string }[]>(
    `SELECT id, "fullName", "cardNumber" FROM "Member" WHERE "unitId" = $1 AND "cardNumber" = ANY($2::text[])`,
    unitId,
    wanted.map((w) => w[0]),
  );
  const holder = new Map(holders.map((h) => [h.cardNumber, h]));
  const clash = wanted.find(([card, id]) => holder.has(card) && holder.get(card)!.id !== id);
  if (clash)
    throw conflict(
      `Số thẻ ${clash[0]} đã thuộc về đoàn viên khác: ${holder.get(clash[0])!.fullName}. Hãy sửa tệp và tải lên lại.`,
    );
}

/**
 * New members, their open tổ membership, their dated admission and their audit row: one statement
 * per chunk, every table fed from the same jsonb recordset (INSERT … RETURNING chained in a CTE).
 */
async function insertMembers(
  tx: Tx,
  actor: Pick<Actor, "userId" | "unitId">,
  news: (ReturnType<typeof newMemberValues> & { id: string })[],
  importId: string,
  onChunk: (done: number) => Promise<unknown>,
) {
  for (let i = 0; i < news.length; i += 10_000) {
    await tx.$executeRawUnsafe(
      `WITH t AS (
         SELECT * FROM jsonb_to_recordset($2::jsonb) AS t(${NEW_RECORD})
       ), m AS (
         INSERT INTO "Member" (id, "unitId", "searchName", "sortName", status, ${FIELD_COLUMNS}, "updatedAt")
         SELECT t.id, $1, t."searchName", t."sortName", t.status::"MemberStatus", ${FIELD_VALUES}, now()
         FROM t RETURNING id, "groupId", "joinedUnionOn"
       ), gm AS (
         INSERT INTO "GroupMembership" (id, "memberId", "groupId", "startOn", "updatedAt") SELECT 'gi' || m.id, m.id, m."groupId", m."joinedUnionOn", now() FROM m
       ), ev AS (
         INSERT INTO "MemberEvent" (id, "memberId", type, "effectiveOn", reason, "toGroupId", "createdById", "updatedAt")
         SELECT 'ei' || m.id, m.id, 'ADMITTED', m."joinedUnionOn", 'Nhập từ Excel', m."groupId", $3, now() FROM m
       )
       INSERT INTO "AuditLog" ("actorUserId", action, "entityType", "entityId", after)
       SELECT $3, 'member.create', 'Member', t.id, to_jsonb(t) - 'id' || jsonb_build_object('via', 'import', 'importId', $4::text) FROM t`,
      actor.unitId,
      json(news.slice(i, i + 10_000)),
      actor.userId,
      importId,
    );
    lap(`insert members ${i}`);
    await onChunk(Math.min(news.length, i + 10_000));
  }
}

async function updateMembers(
  tx: Tx,
  actor: Pick<Actor, "userId" | "unitId">,
  updates: { id: string; after: Record<string, unknown>; row: Record<string, unknown> }[],
  today: string,
) {
  if (!updates.length) return;
  const rows = updates.map((u) => ({
    ...Object.fromEntries(UPDATABLE.map((k) => [k, u.row[k] ?? null])),
    id: u.id,
    searchName: toSearchText(String(u.row.fullName)),
    sortName: toSortName(String(u.row.fullName)),
  }));
  const moved = updates.filter((u) => "groupId" in u.after).map((u) => u.id);
  if (moved.length) {
    // A new tổ is a dated move: close the open membership, open the new one, record the event.
    await tx.$executeRawUnsafe(
      `INSERT INTO "MemberEvent" (id, "memberId", type, "effectiveOn", reason, "fromGroupId", "toGroupId", "createdById", "updatedAt")
       SELECT 'eg' || substr(md5(random()::text), 1, 22), m.id, 'GROUP_CHANGED', $2::date, 'Nhập từ Excel', m."groupId", t."groupId", $3, now()
       FROM "Member" m JOIN jsonb_to_recordset($1::jsonb) AS t(id text, "groupId" text) ON t.id = m.id`,
      json(updates.filter((u) => "groupId" in u.after).map((u) => ({ id: u.id, groupId: u.after.groupId }))),
      today,
      actor.userId,
    );
    await tx.$executeRawUnsafe(
      `UPDATE "GroupMembership" SET "endOn" = GREATEST("startOn", $2::date - 1), "updatedAt" = now() WHERE "memberId" = ANY($1::text[]) AND "endOn" IS NULL`,
      moved,
      today,
    );
  }
  for (let i = 0; i < rows.length; i += 20_000) {
    await tx.$executeRawUnsafe(
      `UPDATE "Member" m SET "searchName" = t."searchName", "sortName" = t."sortName", ${FIELD_ASSIGNMENTS},
         version = m.version + 1, "updatedAt" = now()
       FROM jsonb_to_recordset($2::jsonb) AS t(${UPDATE_RECORD})
       WHERE m.id = t.id AND m."unitId" = $1`,
      actor.unitId,
      json(rows.slice(i, i + 20_000)),
    );
  }
  if (moved.length) {
    await tx.$executeRawUnsafe(
      `INSERT INTO "GroupMembership" (id, "memberId", "groupId", "startOn", "updatedAt")
       SELECT 'gi' || substr(md5(random()::text), 1, 22), m.id, m."groupId", $2::date, now() FROM "Member" m WHERE m.id = ANY($1::text[])`,
      moved,
      today,
    );
  }
}
