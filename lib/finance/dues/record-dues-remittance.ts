import "server-only";
// The cấp trên's share of a span of months, worked out from what was collected, recorded as sent.
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { parseDateInput } from "@/lib/validation";
import { postDuesToFund } from "./fund-link";
import { monthDate, monthLabel } from "./labels";
import { monthsBetween } from "./rule";
import type { remittanceSchema } from "./schema";
import { unitDuesTotals } from "./unit-ledger";

export async function recordDuesRemittance(actor: Actor, input: z.output<typeof remittanceSchema>) {
  const overlap = await db.duesRemittance.findFirst({
    where: {
      unitId: actor.unitId,
      fromMonth: { lte: monthDate(input.toMonth) },
      toMonth: { gte: monthDate(input.fromMonth) },
    },
    select: { id: true },
  });
  if (overlap)
    throw conflict("Đã ghi nộp cấp trên cho một phần các tháng này.", {
      fromMonth: "Các tháng đã nộp cấp trên.",
    });
  const totals = await unitDuesTotals(actor.unitId, monthsBetween(input.fromMonth, input.toMonth));
  if (totals.upperShare <= 0)
    throw conflict("Chưa thu được đoàn phí trong các tháng này nên chưa có phần nộp cấp trên.");
  const paidOn = parseDateInput(input.paidOn)!;
  const span = `${monthLabel(input.fromMonth)} – ${monthLabel(input.toMonth)}`;
  return db.$transaction(async (tx) => {
    const row = await tx.duesRemittance.create({
      data: {
        unitId: actor.unitId,
        fromMonth: monthDate(input.fromMonth),
        toMonth: monthDate(input.toMonth),
        amount: totals.upperShare,
        paidOn,
        account: input.account,
        voucherNo: input.voucherNo || null,
        createdById: actor.userId,
      },
      select: { id: true, amount: true },
    });
    await postDuesToFund(tx, {
      unitId: actor.unitId,
      date: paidOn,
      direction: "OUT",
      account: input.account,
      category: "DUES_REMIT",
      amount: row.amount,
      voucherNo: input.voucherNo || null,
      description: `Nộp đoàn phí về công đoàn cấp trên (${span})`,
      source: { kind: "dues_remittance", id: row.id },
      actorId: actor.userId,
    });
    await writeAudit(tx, actor, {
      action: "dues.remittance.record",
      entityType: "DuesRemittance",
      entityId: row.id,
      after: {
        fromMonth: input.fromMonth,
        toMonth: input.toMonth,
        amount: Number(row.amount),
        collected: totals.collected,
      },
    });
    return { id: row.id, amount: Number(row.amount) };
  });
}
