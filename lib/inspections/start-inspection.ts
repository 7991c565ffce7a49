import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import type { z } from "@/lib/validation";
import { loadInspectionFor, staleState } from "./load";
import type { idSchema } from "./schema";

/** dự kiến → đang kiểm tra, from today. */
export async function startInspection(actor: Actor, input: z.output<typeof idSchema>) {
  const i = await loadInspectionFor(actor, input.id, "start");
  return db.$transaction(async (tx) => {
    const startedOn = clock.today();
    const r = await tx.inspection.updateMany({
      where: { id: i.id, status: "PLANNED" },
      data: { status: "IN_PROGRESS", startedOn },
    });
    if (!r.count) throw staleState();
    await writeAudit(tx, actor, {
      action: "inspection.start",
      entityType: "Inspection",
      entityId: i.id,
      before: { status: i.status },
      after: { status: "IN_PROGRESS", startedOn },
    });
    return { id: i.id };
  });
}
