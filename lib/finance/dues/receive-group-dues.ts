import "server-only";
// The treasurer receives a tổ's collected cash: every GROUP_CASH row of the tổ not yet handed over
// (reversals included) joins one hand-over, and its sum enters the fund as one receipt.
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { parseDateInput } from "@/lib/validation";
import { postDuesToFund } from "./fund-link";
import type { receiveGroupDuesSchema } from "./schema";

export async function receiveGroupDues(actor: Actor, input: z.output<typeof receiveGroupDuesSchema>) {
  const group = await db.group.findFirst({
    where: { id: input.groupId, unitId: actor.unitId },
    select: { id: true, name: true },
  });
  if (!group) throw notFound();
  const receivedOn = parseDateInput(input.receivedOn)!;
  return db.$transaction(async (tx) => {
    const pending = await tx.duesPayment.findMany({
      where: { unitId: actor.unitId, groupId: group.id, method: "GROUP_CASH", handoverId: null },
      select: { id: true, amount: true },
    });
    const amount = pending.reduce((s, p) => s + p.amount, 0);
    if (amount <= 0) throw conflict(`Tổ ${group.name} không còn tiền đoàn phí chưa nộp.`);
    const handover = await tx.duesHandover.create({
      data: { unitId: actor.unitId, groupId: group.id, receivedOn, amount, createdById: actor.userId },
      select: { id: true },
    });
    const moved = await tx.duesPayment.updateMany({
      where: { id: { in: pending.map((p) => p.id) }, handoverId: null },
      data: { handoverId: handover.id },
    });
    if (moved.count !== pending.length) throw conflict("Số liệu vừa thay đổi. Vui lòng tải lại trang.");
    await postDuesToFund(tx, {
      unitId: actor.unitId,
      date: receivedOn,
      direction: "IN",
      account: "CASH",
      category: "DUES",
      amount,
      description: `Đoàn phí tổ ${group.name} nộp (${pending.length} khoản)`,
      source: { kind: "dues_collection", id: handover.id },
      actorId: actor.userId,
    });
    await writeAudit(tx, actor, {
      action: "dues.handover.receive",
      entityType: "DuesHandover",
      entityId: handover.id,
      after: { groupId: group.id, amount, payments: pending.length, receivedOn: input.receivedOn },
    });
    return { id: handover.id, amount };
  });
}
