import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { z } from "@/lib/validation";
import type { markAllNotificationsSchema } from "./schema";

/** Marks every unread notification of the actor read. */
export async function markAllNotificationsRead(
  actor: Actor,
  _input: z.output<typeof markAllNotificationsSchema>,
) {
  const r = await db.notification.updateMany({
    where: { userId: actor.userId, visible: true, readAt: null },
    data: { readAt: new Date() },
  });
  return { count: r.count };
}
