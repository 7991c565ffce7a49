import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { parseDateInput, parseDong, type z } from "@/lib/validation";
import type { reconciliationSchema } from "./schema";
import { balanceBefore } from "./totals";

/**
 * Kiểm kê quỹ / đối chiếu ngân hàng: the counted cash or the bank statement's balance at the end of a
 * day against the book's balance that day; the difference is kept with the note, never "fixed" silently.
 */
export async function recordFundReconciliation(actor: Actor, input: z.output<typeof reconciliationSchema>) {
  const date = parseDateInput(input.date)!;
  const actualBalance = parseDong(input.actualBalance)!;
  const bookBalance = await balanceBefore(actor.unitId, new Date(date.getTime() + 86_400_000), input.account);
  return db.$transaction(async (tx) => {
    const row = await tx.fundReconciliation.create({
      data: {
        unitId: actor.unitId,
        account: input.account,
        date,
        bookBalance,
        actualBalance,
        difference: actualBalance - bookBalance,
        note: input.note || null,
        createdById: actor.userId,
      },
      select: { id: true, difference: true },
    });
    await writeAudit(tx, actor, {
      action: "finance.reconciliation.record",
      entityType: "FundReconciliation",
      entityId: row.id,
      after: {
        account: input.account,
        date: input.date,
        bookBalance,
        actualBalance,
        difference: row.difference,
        note: input.note || undefined,
      },
    });
    return row;
  });
}
