import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { z } from "@/lib/validation";
import type { planItemSchema } from "./schema";

/** A line of the UBKT's kế hoạch kiểm tra năm. */
export async function createPlanItem(actor: Actor, input: z.output<typeof planItemSchema>) {
  return db.$transaction(async (tx) => {
    const item = await tx.inspectionPlanItem.create({ data: { unitId: actor.unitId, ...input } });
    await writeAudit(tx, actor, {
      action: "inspection.plan.create",
      entityType: "InspectionPlanItem",
      entityId: item.id,
      after: input,
    });
    return { id: item.id };
  });
}
