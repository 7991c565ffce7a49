import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { invalid, notFound } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { parseDateInput } from "@/lib/validation";
import type { requestCardSchema } from "./schema";

/** A card request (làm mới, đổi, mất thẻ làm lại) for a member of the unit, for the list to the cấp trên. */
export async function requestCard(actor: Actor, input: z.output<typeof requestCardSchema>) {
  const member = await db.member.findFirst({
    where: { id: input.memberId, unitId: actor.unitId },
    select: { id: true, status: true },
  });
  if (!member) throw notFound();
  if (member.status !== "ACTIVE" && member.status !== "SUSPENDED")
    throw invalid({ memberId: "Chỉ làm thẻ cho đoàn viên đang sinh hoạt tại đơn vị." });
  const open = await db.cardRequest.findFirst({
    where: { memberId: member.id, status: { in: ["REQUESTED", "SENT"] } },
    select: { id: true },
  });
  if (open) throw invalid({ memberId: "Đoàn viên này đang có một đề nghị làm thẻ chưa nhận thẻ." });
  const data = {
    unitId: actor.unitId,
    memberId: member.id,
    kind: input.kind,
    requestedOn: parseDateInput(input.requestedOn)!,
    reason: input.reason || null,
    createdById: actor.userId,
  };
  const row = await db.$transaction(async (tx) => {
    const r = await tx.cardRequest.create({ data });
    await writeAudit(tx, actor, {
      action: "card.request",
      entityType: "CardRequest",
      entityId: r.id,
      after: data,
    });
    return r;
  });
  return { id: row.id };
}
