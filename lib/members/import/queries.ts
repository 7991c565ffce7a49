import "server-only";
// Reads for the import pages and routes, scoped to the actor's unit.
import { type Actor, can } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { ImportCounts, ImportOutcome } from "./columns";
import type { Candidate } from "./match";
import { STALE_MS } from "./schema";
import { writeCutOff } from "./writer-lock";

export const ROWS_PAGE = 50;

export async function getImport(actor: Actor, id: string) {
  if (!can(actor, "members.import")) return null;
  const job = await db.memberImport.findFirst({ where: { id, unitId: actor.unitId } });
  if (!job) return null;
  const running = job.status === "PARSING" || job.status === "WRITING";
  return {
    ...job,
    counts: job.counts as ImportCounts | null,
    headers: (job.headers ?? []) as string[],
    stale:
      job.status === "WRITING"
        ? await writeCutOff(job, STALE_MS)
        : running && Date.now() - job.updatedAt.getTime() > STALE_MS,
  };
}
export type ImportJob = NonNullable<Awaited<ReturnType<typeof getImport>>>;

export async function listImportRows(actor: Actor, id: string, outcome: ImportOutcome | "", page: number) {
  const where = { importId: id, import: { unitId: actor.unitId }, ...(outcome ? { outcome } : {}) };
  const [total, rows] = await Promise.all([
    db.memberImportRow.count({ where }),
    db.memberImportRow.findMany({
      where,
      orderBy: { rowNo: "asc" },
      skip: (page - 1) * ROWS_PAGE,
      take: ROWS_PAGE,
      select: {
        rowNo: true,
        outcome: true,
        cells: true,
        errors: true,
        candidates: true,
        choice: true,
        matchId: true,
      },
    }),
  ]);
  const groupIds = [
    ...new Set(rows.flatMap((r) => ((r.candidates ?? []) as Candidate[]).map((c) => c.groupId))),
  ];
  const groups = new Map(
    (
      await db.group.findMany({
        where: { id: { in: groupIds }, unitId: actor.unitId },
        select: { id: true, name: true },
      })
    ).map((g) => [g.id, g.name]),
  );
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / ROWS_PAGE)),
    rows: rows.map((r) => ({
      ...r,
      cells: r.cells as string[],
      candidates: ((r.candidates ?? []) as Candidate[]).map((c) => ({
        ...c,
        groupName: groups.get(c.groupId) ?? "",
      })),
    })),
  };
}

export async function unresolvedAmbiguous(id: string) {
  return db.memberImportRow.count({ where: { importId: id, outcome: "AMBIGUOUS", choice: null } });
}

export async function listRecentImports(actor: Actor) {
  if (!can(actor, "members.import")) return [];
  return db.memberImport.findMany({
    where: { unitId: actor.unitId },
    orderBy: { createdAt: "desc" },
    take: 10,
    select: { id: true, fileName: true, status: true, rowCount: true, createdAt: true },
  });
}

/** Every row with its cells and errors, for the "rows with an error column" download. */
export async function importRowsForDownload(actor: Actor, id: string) {
  const job = await getImport(actor, id);
  if (!job) return null;
  const rows = await db.memberImportRow.findMany({
    where: { importId: id },
    orderBy: { rowNo: "asc" },
    select: { rowNo: true, outcome: true, cells: true, errors: true },
  });
  return { job, rows: rows.map((r) => ({ ...r, cells: r.cells as string[] })) };
}
