"use server";
// Notification mutations: wrappers only (decision 0062); each operation is in the file named after it.
import { createAction } from "@/lib/action";
import { markAllNotificationsRead } from "./mark-all-notifications-read";
import { markNotificationRead } from "./mark-notification-read";
import { saveNotificationPreferences } from "./save-notification-preferences";
import { markAllNotificationsSchema, notificationIdSchema, notificationPreferencesSchema } from "./schema";

export const markNotificationReadAction = createAction(
  {
    name: "notifications.markNotificationRead",
    permission: "notifications.own",
    schema: notificationIdSchema,
    revalidate: ["/notifications"],
  },
  markNotificationRead,
);
export const markAllNotificationsReadAction = createAction(
  {
    name: "notifications.markAllNotificationsRead",
    permission: "notifications.own",
    schema: markAllNotificationsSchema,
    revalidate: [{ layout: "/" }],
  },
  markAllNotificationsRead,
);
export const saveNotificationPreferencesAction = createAction(
  {
    name: "notifications.saveNotificationPreferences",
    permission: "notifications.own",
    schema: notificationPreferencesSchema,
    revalidate: ["/notifications/settings"],
  },
  saveNotificationPreferences,
);
