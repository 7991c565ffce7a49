import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { monthDate } from "./labels";
import type { exemptionSchema } from "./schema";

/** Miễn đoàn phí for whole months: a member on BHXH benefit or unpaid leave of a month or more. */
export async function recordDuesExemption(actor: Actor, input: z.output<typeof exemptionSchema>) {
  const member = await db.member.findFirst({
    where: { id: input.memberId, unitId: actor.unitId },
    select: { id: true },
  });
  if (!member) throw notFound();
  return db.$transaction(async (tx) => {
    const row = await tx.duesExemption.create({
      data: {
        unitId: actor.unitId,
        memberId: member.id,
        fromMonth: monthDate(input.fromMonth),
        toMonth: monthDate(input.toMonth),
        reason: input.reason,
        note: input.note || null,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "dues.exemption.record",
      entityType: "DuesExemption",
      entityId: row.id,
      after: {
        memberId: member.id,
        fromMonth: input.fromMonth,
        toMonth: input.toMonth,
        reason: input.reason,
      },
    });
    return row;
  });
}
