import "server-only";
// One payment of one member for one month: ticked by the tổ trưởng (cash kept by the tổ until handed
// over) or recorded by the treasurer (cash, bank; in the fund at once).
import { writeAudit } from "@/lib/audit/log";
import { type Actor, can } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { invalid, notFound } from "@/lib/errors";
import { formatMoney } from "@/lib/format";
import type { z } from "@/lib/validation";
import { parseDateInput } from "@/lib/validation";
import { postDuesToFund } from "./fund-link";
import { monthDate, monthLabel } from "./labels";
import type { recordPaymentSchema } from "./schema";
import { duesCollectScope } from "./scope";

export async function recordDuesPayment(actor: Actor, input: z.output<typeof recordPaymentSchema>) {
  const member = await db.member.findFirst({
    where: { AND: [{ id: input.memberId }, duesCollectScope(actor)] },
    select: { id: true, fullName: true, groupId: true },
  });
  if (!member) throw notFound();
  // A tổ trưởng collects cash for the tổ; only the treasurer records money that reaches the fund directly.
  if (!can(actor, "dues.write") && input.method !== "GROUP_CASH")
    throw invalid({ method: "Tổ trưởng chỉ ghi nhận tiền mặt thu tại tổ." });
  if (input.method === "PAYROLL")
    throw invalid({ method: "Khoản trích qua lương được nhập từ danh sách của kế toán." });
  const paidOn = parseDateInput(input.paidOn)!;
  return db.$transaction(async (tx) => {
    const payment = await tx.duesPayment.create({
      data: {
        unitId: actor.unitId,
        memberId: member.id,
        month: monthDate(input.month),
        amount: input.amount,
        method: input.method,
        paidOn,
        groupId: member.groupId,
        note: input.note || null,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    if (input.method !== "GROUP_CASH")
      await postDuesToFund(tx, {
        unitId: actor.unitId,
        date: paidOn,
        direction: "IN",
        account: input.method === "BANK" ? "BANK" : "CASH",
        category: "DUES",
        amount: input.amount,
        description: `Đoàn phí tháng ${monthLabel(input.month)} của ${member.fullName}`,
        source: { kind: "dues_collection", id: payment.id },
        actorId: actor.userId,
      });
    await writeAudit(tx, actor, {
      action: "dues.payment.record",
      entityType: "DuesPayment",
      entityId: payment.id,
      after: {
        memberId: member.id,
        month: input.month,
        amount: formatMoney(input.amount),
        method: input.method,
        paidOn: input.paidOn,
      },
    });
    return payment;
  });
}
