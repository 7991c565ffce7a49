import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { loadInspectionFor, lockInState } from "./load";
import type { idSchema } from "./schema";

/** Withdraws a finding recorded in error, before the conclusion; it stays on record. */
export async function withdrawFinding(actor: Actor, input: z.output<typeof idSchema>) {
  const f = await db.inspectionFinding.findFirst({
    where: { id: input.id, inspection: { unitId: actor.unitId } },
    select: { id: true, inspectionId: true, withdrawnAt: true },
  });
  if (!f) throw notFound();
  await loadInspectionFor(actor, f.inspectionId, "record");
  if (f.withdrawnAt) throw conflict("Phát hiện này đã được rút.");
  return db.$transaction(async (tx) => {
    await lockInState(tx, f.inspectionId, "IN_PROGRESS");
    const withdrawnAt = new Date();
    const r = await tx.inspectionFinding.updateMany({
      where: { id: f.id, withdrawnAt: null },
      data: { withdrawnAt },
    });
    if (!r.count) throw conflict("Phát hiện này đã được rút.");
    await writeAudit(tx, actor, {
      action: "inspection.finding.withdraw",
      entityType: "InspectionFinding",
      entityId: f.id,
      after: { withdrawnAt },
    });
    return { id: f.id };
  });
}
