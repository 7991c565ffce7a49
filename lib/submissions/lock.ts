import "server-only";
import type { Tx } from "@/lib/db";

/**
 * One writer at a time per paper (unit, year, kind), until the transaction ends: sending a version
 * and deciding on one read the latest version and write under this lock (decision 0089).
 */
export async function lockPaper(tx: Tx, unitId: string, year: number, kind: string) {
  await tx.$executeRaw`SELECT 1 FROM pg_advisory_xact_lock(hashtext(${`submission:${unitId}:${year}:${kind}`}))`;
}
