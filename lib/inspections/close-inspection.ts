import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { loadInspectionFor, lockInState } from "./load";
import { closeRefusal } from "./rules";
import type { idSchema } from "./schema";

/** đã kết luận → đã khép lại, once every kiến nghị still standing has been accepted by the UBKT. */
export async function closeInspection(actor: Actor, input: z.output<typeof idSchema>) {
  const i = await loadInspectionFor(actor, input.id, "close");
  return db.$transaction(async (tx) => {
    await lockInState(tx, i.id, "CONCLUDED");
    const recs = await tx.inspectionRecommendation.findMany({
      where: { inspectionId: i.id },
      select: { status: true },
    });
    const refusal = closeRefusal(recs);
    if (refusal) throw conflict(refusal);
    const closedOn = clock.today();
    await tx.inspection.update({ where: { id: i.id }, data: { status: "CLOSED", closedOn } });
    await writeAudit(tx, actor, {
      action: "inspection.close",
      entityType: "Inspection",
      entityId: i.id,
      before: { status: i.status },
      after: { status: "CLOSED", closedOn },
    });
    return { id: i.id };
  });
}
