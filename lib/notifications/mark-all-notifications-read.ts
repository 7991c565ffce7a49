import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { z } from "@/lib/validation";
import type { markAllNotificationsSchema } from "./schema";

/** Marks every unread notification of the actor read. */
export async function markAllNotificationsRead(
  actor: Actor,
  _input: z.output<typeof markAllNotificationsSchema>,
) {
  return db.$transaction(async (tx) => {
    const r = await tx.notification.updateMany({
      where: { userId: actor.userId, visible: true, readAt: null },
      data: { readAt: new Date() },
    });
    await writeAudit(tx, actor, {
      action: "notifications.read.all",
      entityType: "User",
      entityId: actor.userId,
      after: { marked: r.count },
    });
    return { count: r.count };
  });
}
