import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { z } from "@/lib/validation";
import type { notificationIdSchema } from "./schema";

/** Marks one of the actor's own notifications read; another user's is "not found". */
export async function markNotificationRead(actor: Actor, input: z.output<typeof notificationIdSchema>) {
  const n = await db.notification.findFirst({
    where: { id: input.notificationId, userId: actor.userId, visible: true },
    select: { id: true, readAt: true, link: true },
  });
  if (!n) throw notFound();
  await db.$transaction(async (tx) => {
    const r = await tx.notification.updateMany({
      where: { id: n.id, readAt: null },
      data: { readAt: new Date() },
    });
    await writeAudit(tx, actor, {
      action: "notifications.read",
      entityType: "User",
      entityId: actor.userId,
      after: { notificationId: n.id, marked: r.count },
    });
  });
  return { link: n.link };
}
