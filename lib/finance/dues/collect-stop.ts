// Whether the unit collects đoàn phí on a day, and since when it has not: a unit fully funded by the
// state budget stops collecting (dues.unit.funding = state_full with dues.stateFunded.collect = stop,
// from 01/6/2025 by default). Pure: the caller hands in the stored settings (facts.ts loads them).
import { SETTING_REGISTRY } from "@/lib/settings/registry";
import { resolveSetting } from "@/lib/settings/service";
import type { StoredDuesSettings } from "./terms";

/**
 * The day ("yyyy-MM-dd") from which the unit has not collected đoàn phí ("" when it never did), or null
 * when it collects on `onDate`.
 */
export function notCollectedSince(stored: StoredDuesSettings, onDate: string): string | null {
  const funding = resolveSetting(
    SETTING_REGISTRY["dues.unit.funding"],
    stored["dues.unit.funding"] ?? [],
    onDate,
  );
  const collect = resolveSetting(
    SETTING_REGISTRY["dues.stateFunded.collect"],
    stored["dues.stateFunded.collect"] ?? [],
    onDate,
  );
  if (funding.value !== "state_full" || collect.value !== "stop") return null;
  // The stop began when the later of the two settings took effect.
  const from = [funding.effectiveFrom ?? "", collect.effectiveFrom ?? ""].sort().at(-1)!;
  return from;
}
