import "server-only";
// The row writes of an import (write.ts runs them in its one transaction, under the writer lock of
// writer-lock.ts): the số thẻ check, the inserts of new members and the updates of matched ones,
// each a set-based statement over jsonb_to_recordset.
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/current-user";
import type { Tx } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { toSearchText, toSortName } from "@/lib/format";
import { newMemberValues, UPDATABLE } from "./changes";
import { FIELD_ASSIGNMENTS, FIELD_COLUMNS, FIELD_VALUES, recordsetColumns } from "./member-sql";

let seq = 0;
export const newId = () =>
  `c${Date.now().toString(36)}${(seq++ % 1296).toString(36).padStart(2, "0")}${randomBytes(8).toString("hex")}`.slice(
    0,
    25,
  );
export const json = (v: unknown) => JSON.stringify(v);
const NEW_RECORD = recordsetColumns({ id: "text", searchName: "text", sortName: "text", status: "text" });
const UPDATE_RECORD = recordsetColumns({ id: "text", searchName: "text", sortName: "text" });
// SCD_IMPORT_TIMING=1 prints the time of each step (bench/import.ts).
let mark = 0;
export const startLaps = () => (mark = performance.now());
export const lap = (step: string) => {
  if (process.env.SCD_IMPORT_TIMING)
    console.log(`  [import] ${step}: ${(performance.now() - mark).toFixed(0)} ms`);
  mark = performance.now();
};

export async function checkCards(
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
export async function insertMembers(
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

export async function updateMembers(
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
