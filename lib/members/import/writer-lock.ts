import "server-only";
// Whether the transaction writing an import is still alive, on whichever app instance runs it.
// The write transaction holds a transaction-level advisory lock on the import (write.ts); when the
// instance dies (SIGKILL, a crash), PostgreSQL ends its connection, rolls the write back and frees
// the lock. Another instance can then tell at once that the job was cut off, instead of waiting
// for STALE_MS without a progress update.
import { db, type Tx } from "@/lib/db";

const key = (importId: string) => `member-import:${importId}`;

/** Taken first thing inside the write transaction; released with its commit or rollback. */
export async function holdWriterLock(tx: Tx, importId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key(importId)}))`;
}

/** A grace after the last progress update: between the claim and the lock the rows are read (a few s). */
export const WRITER_GRACE_MS = 30_000;

/** True when no transaction holds the import's writer lock (tried, and released at once). */
export async function writerGone(importId: string): Promise<boolean> {
  const rows = await db.$transaction(
    (tx) =>
      tx.$queryRaw<{ free: boolean }[]>`SELECT pg_try_advisory_xact_lock(hashtext(${key(importId)})) AS free`,
  );
  return rows[0]?.free === true;
}

/**
 * A WRITING job was cut off: no progress for STALE_MS, or no progress for the grace period and no
 * live writer holding its lock.
 */
export async function writeCutOff(job: { id: string; status: string; updatedAt: Date }, staleMs: number) {
  if (job.status !== "WRITING") return false;
  const idle = Date.now() - job.updatedAt.getTime();
  if (idle > staleMs) return true;
  return idle > WRITER_GRACE_MS && (await writerGone(job.id));
}
