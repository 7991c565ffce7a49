import "server-only";
// A payroll list's preview for its page: the list, and its first rows with the rows in error first
// (they are what the accountant must fix), never all 60,000.
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { PayrollRow } from "./rows";

export const PREVIEW_SHOWN = 500;

export async function getDuesImport(actor: Actor, id: string, shown = PREVIEW_SHOWN) {
  const job = await db.duesImport.findFirst({
    where: { id, unitId: actor.unitId },
    select: {
      id: true,
      fileName: true,
      status: true,
      rowCount: true,
      errorCount: true,
      total: true,
      paidOn: true,
      createdAt: true,
      committedAt: true,
    },
  });
  if (!job) return null;
  const rows = await db.$queryRaw<PayrollRow[]>`
    SELECT "rowNo", card, name, month, amount, "memberId", errors FROM "DuesImportRow"
    WHERE "importId" = ${job.id}
    ORDER BY cardinality(errors) = 0, "rowNo"
    LIMIT ${shown}`;
  return { ...job, total: Number(job.total), rows };
}
