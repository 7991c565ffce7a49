import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import type { z } from "@/lib/validation";
import type { idSchema } from "./schema";

/** Takes a line out of the plan (kept, marked archived): the plan changed, the record stays. */
export async function archivePlanItem(actor: Actor, input: z.output<typeof idSchema>) {
  const item = await db.inspectionPlanItem.findFirst({
    where: { id: input.id, unitId: actor.unitId },
    select: { id: true, archivedAt: true },
  });
  if (!item) throw notFound();
  if (item.archivedAt) throw conflict("Nội dung này đã được bỏ khỏi kế hoạch.");
  return db.$transaction(async (tx) => {
    const archivedAt = new Date();
    const r = await tx.inspectionPlanItem.updateMany({
      where: { id: item.id, archivedAt: null },
      data: { archivedAt },
    });
    if (!r.count) throw conflict("Nội dung này đã được bỏ khỏi kế hoạch.");
    await writeAudit(tx, actor, {
      action: "inspection.plan.archive",
      entityType: "InspectionPlanItem",
      entityId: item.id,
      after: { archivedAt },
    });
    return { id: item.id };
  });
}
