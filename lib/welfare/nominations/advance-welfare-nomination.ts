import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { NOMINATION_STATE_LABELS } from "../labels";
import type { advanceNominationSchema } from "../schema";
import { nextNominationStates } from "../service";

/** Moves a Mái ấm nomination along its states (gửi lên, chấp thuận, xây, bàn giao), keeping the decision. */
export async function advanceWelfareNomination(
  actor: Actor,
  input: z.output<typeof advanceNominationSchema>,
) {
  const n = await db.welfareNomination.findFirst({
    where: { id: input.id, unitId: actor.unitId },
    select: { id: true, state: true, decisionRef: true },
  });
  if (!n) throw notFound();
  if (!nextNominationStates(n.state).includes(input.to)) {
    throw conflict(
      `Không thể chuyển từ "${NOMINATION_STATE_LABELS[n.state]}" sang "${NOMINATION_STATE_LABELS[input.to]}".`,
    );
  }
  return db.$transaction(async (tx) => {
    const moved = await tx.welfareNomination.updateMany({
      where: { id: n.id, state: n.state },
      data: {
        state: input.to,
        decisionRef: input.decisionRef || n.decisionRef,
        ...(input.note && { note: input.note }),
      },
    });
    if (moved.count !== 1) throw conflict("Đề nghị vừa được người khác thay đổi. Vui lòng tải lại trang.");
    await writeAudit(tx, actor, {
      action: "welfare.nomination.move",
      entityType: "WelfareNomination",
      entityId: n.id,
      before: { state: n.state },
      after: { state: input.to, decisionRef: input.decisionRef || undefined, note: input.note || undefined },
    });
    return { id: n.id, state: input.to };
  });
}
