import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { parseDateInput, type z } from "@/lib/validation";
import type { inspectionNoteSchema } from "./schema";

/** The UBKT's note on a period of the fund (kiểm tra tài chính); shown on the report of that period. */
export async function addFundInspectionNote(actor: Actor, input: z.output<typeof inspectionNoteSchema>) {
  return db.$transaction(async (tx) => {
    const row = await tx.fundInspectionNote.create({
      data: {
        unitId: actor.unitId,
        periodFrom: parseDateInput(input.periodFrom)!,
        periodTo: parseDateInput(input.periodTo)!,
        note: input.note,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "finance.inspection.note",
      entityType: "FundInspectionNote",
      entityId: row.id,
      after: input,
    });
    return row;
  });
}
