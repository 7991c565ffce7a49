// Notification forms and actions share these schemas. Client-safe.
import { z } from "@/lib/validation";
import { NOTIFICATION_KINDS } from "./kinds";

export const notificationIdSchema = z.object({ notificationId: z.string().min(1).max(40) });
export const markAllNotificationsSchema = z.strictObject({});

export const notificationPreferencesSchema = z.object({
  kinds: z
    .array(z.object({ kind: z.enum(NOTIFICATION_KINDS), inApp: z.boolean(), email: z.boolean() }))
    .max(NOTIFICATION_KINDS.length),
  dailyDigest: z.boolean(),
});
export type NotificationPreferencesValues = z.input<typeof notificationPreferencesSchema>;
