import "server-only";
// Undoing a miễn recorded by mistake: the row is archived (kept, with who and why in the audit), so the
// months are owed again and the history still shows the miễn was once recorded. Never deleted.
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { monthOf } from "./labels";
import type { reverseExemptionSchema } from "./schema";

export async function reverseDuesExemption(actor: Actor, input: z.output<typeof reverseExemptionSchema>) {
  const row = await db.duesExemption.findFirst({
    where: { id: input.exemptionId, unitId: actor.unitId },
    select: { id: true, memberId: true, fromMonth: true, toMonth: true, reason: true, archivedAt: true },
  });
  if (!row) throw notFound();
  if (row.archivedAt) throw conflict("Khoản miễn này đã được hủy trước đó.");
  return db.$transaction(async (tx) => {
    // Re-checked in the UPDATE: of two undo clicks, the second matches nothing.
    const done = await tx.duesExemption.updateMany({
      where: { id: row.id, archivedAt: null },
      data: { archivedAt: clock.now() },
    });
    if (done.count !== 1) throw conflict("Khoản miễn này đã được hủy trước đó.");
    await writeAudit(tx, actor, {
      action: "dues.exemption.reverse",
      entityType: "DuesExemption",
      entityId: row.id,
      before: {
        memberId: row.memberId,
        fromMonth: monthOf(row.fromMonth),
        toMonth: monthOf(row.toMonth),
        reason: row.reason,
      },
      after: { archived: true, reason: input.reason },
    });
    return { id: row.id };
  });
}
