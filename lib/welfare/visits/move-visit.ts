import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db, type Tx } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type Fund, VISIT_STATE_LABELS, type VisitState } from "../labels";
import { visitScope } from "../scope";
import { canMoveVisit } from "../service";

export type MovedVisit = {
  id: string;
  state: VisitState;
  categoryId: string;
  fund: Fund;
  eventOn: Date;
  amount: number;
};

/**
 * Moves a visit to its next state. The update matches the state read, so a double submit or a
 * concurrent change finds nothing and is refused rather than applied twice.
 */
export async function moveVisit(
  actor: Actor,
  id: string,
  to: VisitState,
  data: Prisma.WelfareVisitUpdateManyMutationInput,
  audit: Record<string, unknown>,
  /** Runs first in the transaction, on the visit as read; may add fields to store and to audit, or refuse. */
  prepare?: (tx: Tx, visit: MovedVisit) => Promise<{ data?: typeof data; audit?: typeof audit } | void>,
) {
  const visit = await db.welfareVisit.findFirst({
    where: { AND: [{ id }, visitScope(actor)] },
    select: { id: true, state: true, categoryId: true, fund: true, eventOn: true, amount: true },
  });
  if (!visit) throw notFound();
  if (!canMoveVisit(visit.state, to)) {
    throw conflict(
      `Không thể chuyển thăm hỏi từ "${VISIT_STATE_LABELS[visit.state]}" sang "${VISIT_STATE_LABELS[to]}".`,
    );
  }
  await db.$transaction(async (tx) => {
    const extra = (await prepare?.(tx, visit)) ?? {};
    const moved = await tx.welfareVisit.updateMany({
      where: { id, state: visit.state },
      data: { ...data, ...extra.data, state: to },
    });
    if (moved.count !== 1) throw conflict("Thăm hỏi vừa được người khác thay đổi. Vui lòng tải lại trang.");
    await writeAudit(tx, actor, {
      action: `welfare.visit.${to.toLowerCase()}`,
      entityType: "WelfareVisit",
      entityId: id,
      before: { state: visit.state },
      after: { state: to, ...audit, ...extra.audit },
    });
  });
  return { id, state: to };
}
