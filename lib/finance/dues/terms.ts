// The dated settings of the dues rule, resolved for a month. Pure: the caller hands in the unit's
// stored rows (queries.ts loads them once per request), so a ledger of 60,000 members × 12 months
// resolves the settings twelve times, not 720,000.
import { SETTING_REGISTRY, type SettingKey } from "@/lib/settings/registry";
import { type DatedValue, resolveSetting } from "@/lib/settings/service";
import type { DuesTerms } from "./rule";

export const DUES_SETTING_KEYS = [
  "dues.rate.percent",
  "dues.base.salary",
  "unit.type",
  "dues.enterprise.base",
  "dues.cap.percent",
  "dues.fixed.percent",
  "dues.bch.rate.percent",
  "dues.unit.funding",
  "dues.stateFunded.collect",
  "dues.cdcs.share.percent",
] as const satisfies readonly SettingKey[];

export type DuesSettingKey = (typeof DUES_SETTING_KEYS)[number];
export type StoredDuesSettings = Partial<Record<DuesSettingKey, DatedValue[]>>;

/** The terms in force on the month's first day ("yyyy-MM"). */
export function termsForMonth(stored: StoredDuesSettings, month: string): DuesTerms {
  const on = `${month}-01`;
  const v = (key: DuesSettingKey) => resolveSetting(SETTING_REGISTRY[key], stored[key] ?? [], on).value;
  return {
    ratePercent: Number(v("dues.rate.percent")),
    baseSalary: Number(v("dues.base.salary")),
    unitType: v("unit.type") === "enterprise" ? "enterprise" : "hcsn",
    enterpriseBase: v("dues.enterprise.base") === "net" ? "net" : "bhxh",
    capPercent: Number(v("dues.cap.percent")),
    fixedPercent: Number(v("dues.fixed.percent")),
    bchRatePercent: Number(v("dues.bch.rate.percent")),
    funding: v("dues.unit.funding") === "state_full" ? "state_full" : "other",
    stateFundedCollect: v("dues.stateFunded.collect") === "stop" ? "stop" : "collect",
    cdcsSharePercent: Number(v("dues.cdcs.share.percent")),
  };
}
