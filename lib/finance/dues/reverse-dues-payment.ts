import "server-only";
// A correction: a reversing row (the negative of the original, pointing at it). The original stays;
// nothing is edited or deleted. A tổ trưởng may undo their tổ's cash tick until it is handed over.
import { writeAudit } from "@/lib/audit/log";
import { type Actor, can } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { postDuesToFund } from "./fund-link";
import { monthLabel, monthOf } from "./labels";
import type { reversePaymentSchema } from "./schema";
import { duesCollectScope } from "./scope";

export async function reverseDuesPayment(actor: Actor, input: z.output<typeof reversePaymentSchema>) {
  const original = await db.duesPayment.findFirst({
    where: { id: input.paymentId, unitId: actor.unitId, amount: { gt: 0 } },
    select: {
      id: true,
      memberId: true,
      month: true,
      amount: true,
      method: true,
      groupId: true,
      handoverId: true,
    },
  });
  if (!original) throw notFound();
  const member = await db.member.findFirst({
    where: { AND: [{ id: original.memberId }, duesCollectScope(actor)] },
    select: { fullName: true },
  });
  if (!member) throw notFound();
  const inFund = original.method !== "GROUP_CASH" || original.handoverId !== null;
  if (inFund && !can(actor, "dues.write"))
    throw conflict("Khoản này đã nộp cho thủ quỹ; chỉ thủ quỹ hoặc chủ tịch được điều chỉnh.");
  const today = clock.today();
  return db.$transaction(async (tx) => {
    const reversal = await tx.duesPayment
      .create({
        data: {
          unitId: actor.unitId,
          memberId: original.memberId,
          month: original.month,
          amount: -original.amount,
          method: original.method,
          paidOn: today,
          groupId: original.groupId,
          handoverId: original.handoverId,
          reversesId: original.id,
          note: input.reason,
          createdById: actor.userId,
        },
        select: { id: true },
      })
      .catch((err: { code?: string }) => {
        if (err.code === "P2002") throw conflict("Khoản này đã được điều chỉnh trước đó.");
        throw err;
      });
    if (inFund)
      await postDuesToFund(tx, {
        unitId: actor.unitId,
        date: today,
        direction: "OUT",
        account: original.method === "BANK" ? "BANK" : "CASH",
        category: "DUES",
        amount: original.amount,
        description: `Điều chỉnh đoàn phí tháng ${monthLabel(monthOf(original.month))} của ${member.fullName}: ${input.reason}`,
        source: { kind: "dues_collection", id: reversal.id },
        actorId: actor.userId,
      });
    await writeAudit(tx, actor, {
      action: "dues.payment.reverse",
      entityType: "DuesPayment",
      entityId: reversal.id,
      before: { paymentId: original.id, amount: original.amount },
      after: { reversesId: original.id, amount: -original.amount, reason: input.reason },
    });
    return reversal;
  });
}
