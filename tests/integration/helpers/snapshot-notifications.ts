// The notification rows of the "database unchanged" snapshot (see unit-snapshot.ts): every table
// the notification actions, and the events hooked into other actions, can write for the units' users.
import { db } from "@/lib/db";
import type { DomainSnapshot } from "./unit-snapshot";

export async function snapshotNotifications(unitIds: string[]): Promise<DomainSnapshot> {
  const ofUnits = { user: { unitId: { in: unitIds } } };
  const [notifications, preferences, settings, mailJobs] = await Promise.all([
    db.notification.findMany({ where: ofUnits, orderBy: { id: "asc" } }),
    db.notificationPreference.findMany({ where: ofUnits, orderBy: [{ userId: "asc" }, { kind: "asc" }] }),
    db.notificationSetting.findMany({ where: ofUnits, orderBy: { userId: "asc" } }),
    db.mailJob.findMany({ where: ofUnits, orderBy: { id: "asc" } }),
  ]);
  return {
    rows: { notifications, notificationPreferences: preferences, notificationSettings: settings, mailJobs },
    entityIds: [],
  };
}
