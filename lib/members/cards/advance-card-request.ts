import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, invalid, notFound } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { parseDateInput } from "@/lib/validation";
import { CARD_STATUS_LABELS, canMoveCard } from "./labels";
import type { advanceCardSchema } from "./schema";

/**
 * A card request moves on: sent to the cấp trên, card received (its number goes on the member's
 * record), or cancelled. Each step is dated and audited.
 */
export async function advanceCardRequest(actor: Actor, input: z.output<typeof advanceCardSchema>) {
  const req = await db.cardRequest.findFirst({ where: { id: input.id, unitId: actor.unitId } });
  if (!req) throw notFound();
  if (!canMoveCard(req.status, input.to))
    throw invalid({
      to: `Không thể chuyển sang "${CARD_STATUS_LABELS[input.to]}" khi đề nghị đang "${CARD_STATUS_LABELS[req.status]}".`,
    });
  const on = parseDateInput(input.on)!;
  const since = req.sentOn ?? req.requestedOn;
  if (on < since) throw invalid({ on: "Ngày không thể trước bước trước của đề nghị." });
  const cardNumber = input.cardNumber ? input.cardNumber.toUpperCase() : null;
  if (input.to === "RECEIVED" && !cardNumber) throw invalid({ cardNumber: "Vui lòng nhập số thẻ được cấp." });
  const data =
    input.to === "SENT"
      ? { status: input.to, sentOn: on }
      : input.to === "RECEIVED"
        ? { status: input.to, receivedOn: on, cardNumber }
        : { status: input.to };
  await db.$transaction(async (tx) => {
    const done = await tx.cardRequest.updateMany({
      where: { id: req.id, status: req.status, updatedAt: req.updatedAt },
      data,
    });
    if (done.count !== 1) throw conflict("Đề nghị vừa được thay đổi. Vui lòng tải lại trang và thử lại.");
    if (cardNumber) {
      const before = await tx.member.findUniqueOrThrow({
        where: { id: req.memberId },
        select: { cardNumber: true },
      });
      await tx.member.update({
        where: { id: req.memberId },
        data: { cardNumber, version: { increment: 1 } },
      });
      await writeAudit(tx, actor, {
        action: "member.update",
        entityType: "Member",
        entityId: req.memberId,
        before,
        after: { cardNumber },
      });
    }
    await writeAudit(tx, actor, {
      action: `card.${input.to.toLowerCase()}`,
      entityType: "CardRequest",
      entityId: req.id,
      before: { status: req.status },
      after: data,
    });
  });
  return { id: req.id };
}
