import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { NOTIFICATION_KINDS, type NotificationKindCode } from "./kinds";

export const NOTIFICATIONS_PAGE_SIZE = 20;

/** The header badge: one COUNT on (userId, visible, readAt), an index-only scan. */
export async function countUnread(actor: Pick<Actor, "userId">) {
  return db.notification.count({ where: { userId: actor.userId, visible: true, readAt: null } });
}

/** The actor's own notifications, newest first, a page at a time. */
export async function listNotifications(actor: Actor, page: number) {
  const where = { userId: actor.userId, visible: true };
  const [rows, total] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * NOTIFICATIONS_PAGE_SIZE,
      take: NOTIFICATIONS_PAGE_SIZE,
      select: { id: true, kind: true, title: true, body: true, link: true, createdAt: true, readAt: true },
    }),
    db.notification.count({ where }),
  ]);
  return { rows, total };
}

/** The actor's choices with the defaults filled in (no row: in the app and by e-mail). */
export async function notificationPreferences(actor: Actor) {
  const [prefs, setting] = await Promise.all([
    db.notificationPreference.findMany({ where: { userId: actor.userId } }),
    db.notificationSetting.findUnique({ where: { userId: actor.userId } }),
  ]);
  const byKind = new Map(prefs.map((p) => [p.kind, p]));
  return {
    kinds: NOTIFICATION_KINDS.map((kind: NotificationKindCode) => ({
      kind,
      inApp: byKind.get(kind)?.inApp ?? true,
      email: byKind.get(kind)?.email ?? true,
    })),
    dailyDigest: setting?.dailyDigest ?? false,
  };
}
