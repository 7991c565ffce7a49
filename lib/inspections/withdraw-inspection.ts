import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { z } from "@/lib/validation";
import { loadInspectionFor, staleState } from "./load";
import type { withdrawInspectionSchema } from "./schema";

/** Withdraws an inspection before it concludes, with the reason; it stays on record. */
export async function withdrawInspection(actor: Actor, input: z.output<typeof withdrawInspectionSchema>) {
  const i = await loadInspectionFor(actor, input.id, "withdraw");
  return db.$transaction(async (tx) => {
    const r = await tx.inspection.updateMany({
      where: { id: i.id, status: i.status },
      data: { status: "WITHDRAWN", withdrawnReason: input.reason },
    });
    if (!r.count) throw staleState();
    await writeAudit(tx, actor, {
      action: "inspection.withdraw",
      entityType: "Inspection",
      entityId: i.id,
      before: { status: i.status },
      after: { status: "WITHDRAWN", reason: input.reason },
    });
    return { id: i.id };
  });
}
