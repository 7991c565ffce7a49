import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { z } from "@/lib/validation";
import type { notificationIdSchema } from "./schema";

// Reading one's own notice is not a record anyone relies on: no audit row (decision 0073).

/** Marks one of the actor's own notifications read; another user's is "not found". */
export async function markNotificationRead(actor: Actor, input: z.output<typeof notificationIdSchema>) {
  const n = await db.notification.findFirst({
    where: { id: input.notificationId, userId: actor.userId, visible: true },
    select: { id: true, readAt: true, link: true },
  });
  if (!n) throw notFound();
  if (!n.readAt)
    await db.notification.updateMany({ where: { id: n.id, readAt: null }, data: { readAt: new Date() } });
  return { link: n.link };
}
