import "server-only";
import type { Tx } from "@/lib/db";

// Assignments are checked against the positions already held; serialise them per unit
// so that two people assigning a chủ tịch at the same moment cannot both succeed.
export async function lockPositions(tx: Tx, unitId: string) {
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext(${`positions:${unitId}`}))`;
}
