import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import { db, type Tx } from "@/lib/db";
import { conflict, invalid, notFound } from "@/lib/errors";
import { canTakeStep, stepRefusal, type ApplicationStep } from "./labels";

/** The actor's unit's đơn, or not found. */
export async function loadApplication(actor: Actor, id: string) {
  const app = await db.membershipApplication.findFirst({ where: { id, unitId: actor.unitId } });
  if (!app) throw notFound();
  return app;
}

export function assertStep(status: Parameters<typeof canTakeStep>[0], step: ApplicationStep, what: string) {
  if (!canTakeStep(status, step))
    throw invalid({ _form: stepRefusal(status, what) }, stepRefusal(status, what));
}

/** Moves one đơn on only if no one else moved it since it was read. */
export async function claim(
  tx: Tx,
  app: { id: string; status: Parameters<typeof canTakeStep>[0]; updatedAt: Date },
  data: Parameters<Tx["membershipApplication"]["update"]>[0]["data"],
) {
  const done = await tx.membershipApplication.updateMany({
    where: { id: app.id, status: app.status, updatedAt: app.updatedAt },
    data: data as never,
  });
  if (done.count !== 1) throw conflict("Đơn vừa được thay đổi. Vui lòng tải lại trang và thử lại.");
}
