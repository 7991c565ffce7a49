import "server-only";
import { cache } from "react";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { UNIT_HEADER_SELECT, unitHeader } from "@/lib/org/printed-parent";
import { SETTING_KEYS, SETTING_REGISTRY, type SettingKey, type SettingValue } from "./registry";
import { mergeTimeline, resolveSetting, toIsoDate, type DatedValue } from "./service";

/** The unit's names as its papers print them: the cấp trên's through printedParentName (decision 0083). */
export const getUnit = cache(async (unitId: string) => {
  const u = await db.unit.findUniqueOrThrow({
    where: { id: unitId },
    select: { id: true, ...UNIT_HEADER_SELECT },
  });
  return { id: u.id, ...unitHeader(u) };
});

export type ResolvedSetting<K extends SettingKey> = {
  key: K;
  value: SettingValue<K>;
  /** "yyyy-MM-dd", or null for a default that applies since always. */
  effectiveFrom: string | null;
  source: "stored" | "default";
};

/**
 * The value of a dated setting on a date (today in Vietnam by default): the BCH's row or
 * built-in default with the latest effective date on or before it (see resolveSetting).
 */
export async function getSetting<K extends SettingKey>(
  unitId: string,
  key: K,
  onDate: Date | string = clock.today(),
): Promise<ResolvedSetting<K>> {
  const on = toIsoDate(onDate);
  const row = await db.setting.findFirst({
    where: { unitId, key, effectiveFrom: { lte: new Date(`${on}T00:00:00.000Z`) } },
    orderBy: { effectiveFrom: "desc" },
    select: { value: true, effectiveFrom: true },
  });
  const stored: DatedValue[] = row
    ? [{ effectiveFrom: toIsoDate(row.effectiveFrom), value: row.value, source: "stored" }]
    : [];
  const hit = resolveSetting(SETTING_REGISTRY[key], stored, on);
  return { key, value: hit.value as SettingValue<K>, effectiveFrom: hit.effectiveFrom, source: hit.source };
}

export type SettingHistoryEntry = DatedValue & { createdAt?: string; createdBy?: string | null };
export type SettingOverview = {
  key: SettingKey;
  current: SettingHistoryEntry;
  history: SettingHistoryEntry[];
};

/** Every known setting with the value in force today and its whole timeline, for the settings page. */
export async function getSettingsOverview(unitId: string): Promise<SettingOverview[]> {
  const rows = await db.setting.findMany({
    where: { unitId },
    orderBy: [{ key: "asc" }, { effectiveFrom: "desc" }],
    select: { id: true, key: true, value: true, effectiveFrom: true, createdById: true, createdAt: true },
  });
  const [authors, notes] = await Promise.all([
    authorNames(rows.map((r) => r.createdById)),
    settingNotes(rows.map((r) => r.id)),
  ]);
  const today = toIsoDate(clock.today());
  return SETTING_KEYS.map((key) => {
    const stored: SettingHistoryEntry[] = rows
      .filter((r) => r.key === key)
      .map((r) => ({
        id: r.id,
        effectiveFrom: toIsoDate(r.effectiveFrom),
        value: r.value,
        source: "stored",
        note: notes.get(r.id),
        createdAt: r.createdAt.toISOString(),
        createdBy: r.createdById ? (authors.get(r.createdById) ?? null) : null,
      }));
    const def = SETTING_REGISTRY[key];
    const history = mergeTimeline(stored, def.defaults) as SettingHistoryEntry[];
    return { key, current: resolveSetting(def, stored, today) as SettingHistoryEntry, history };
  });
}

async function authorNames(userIds: (string | null)[]) {
  const ids = [...new Set(userIds.filter((x): x is string => !!x))];
  if (!ids.length) return new Map<string, string>();
  const users = await db.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, email: true, member: { select: { fullName: true } } },
  });
  return new Map(users.map((u) => [u.id, u.member?.fullName ?? u.email]));
}

// The Setting model has no note column; the note is kept in the row's audit entry.
async function settingNotes(settingIds: string[]) {
  if (!settingIds.length) return new Map<string, string>();
  const entries = await db.auditLog.findMany({
    where: { entityType: "Setting", action: "setting.add", entityId: { in: settingIds } },
    select: { entityId: true, after: true },
  });
  const out = new Map<string, string>();
  for (const e of entries) {
    const note = (e.after as { note?: unknown } | null)?.note;
    if (typeof note === "string" && note) out.set(e.entityId, note);
  }
  return out;
}
