import "server-only";
import { writeAudit } from "@/lib/audit/log";
import { type Actor, can } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import type { z } from "@/lib/validation";
import type { notificationPreferencesSchema } from "./schema";

/** The actor's own choices: per kind in the app / by e-mail, and the daily digest (BCH only). */
export async function saveNotificationPreferences(
  actor: Actor,
  input: z.output<typeof notificationPreferencesSchema>,
) {
  if (input.dailyDigest && !can(actor, "notifications.digest"))
    throw invalid({ dailyDigest: "Bản tin tổng hợp hằng ngày chỉ dành cho Ban Chấp hành." });
  const userId = actor.userId;
  await db.$transaction(async (tx) => {
    for (const k of input.kinds)
      await tx.notificationPreference.upsert({
        where: { userId_kind: { userId, kind: k.kind } },
        create: { userId, kind: k.kind, inApp: k.inApp, email: k.email },
        update: { inApp: k.inApp, email: k.email },
      });
    await tx.notificationSetting.upsert({
      where: { userId },
      create: { userId, dailyDigest: input.dailyDigest },
      update: { dailyDigest: input.dailyDigest },
    });
    await writeAudit(tx, actor, {
      action: "notifications.preferences.save",
      entityType: "User",
      entityId: userId,
      after: { kinds: input.kinds, dailyDigest: input.dailyDigest },
    });
  });
  return { ok: true as const };
}
