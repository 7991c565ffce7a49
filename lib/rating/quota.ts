// The rating quota, pure and client-safe (the decision screen recomputes it live as the BCH
// chooses). Default rule: "Hoàn thành xuất sắc" may not exceed 20 % of those rated "Hoàn thành
// tốt" or better. Levels are ranked by their position in the year's scheme (rank 0 = the top
// level); the basis is every level of rank 0..basisPosition (so it includes the top level itself:
// "or better"). Excluded members
// carry no level and are not counted. "May not exceed" rounds down: 20 % of 7 allows 1.

export type QuotaMode = "OFF" | "WARN" | "BLOCK";
export type QuotaSettings = { mode: QuotaMode; percent: number; basisPosition: number };
export type SchemeLevel = { name: string; position: number };

export type LevelCount = { name: string; position: number; count: number; percent: number | null };
export type QuotaUsage = {
  /** Members with a level (excluded and undecided members are not counted). */
  rated: number;
  byLevel: LevelCount[];
  top: number;
  basis: number;
  /** The most members the top level may hold. */
  allowed: number;
  /** How many members over the quota (0 when within it). */
  over: number;
  /** top / basis in %, null when nobody is in the basis. */
  ratio: number | null;
  state: "off" | "ok" | "full" | "over";
};

export const DEFAULT_QUOTA: QuotaSettings = { mode: "WARN", percent: 20, basisPosition: 1 };

/** floor(basis × percent / 100), in integers so 20 % of 5 is exactly 1. */
export function allowedTop(basis: number, percent: number): number {
  if (basis <= 0 || percent <= 0) return 0;
  return Math.floor((basis * Math.round(percent * 100)) / 10000);
}

/** Usage of the quota for one scope (a tổ, or the CĐCS) from the count of members per level name. */
export function quotaUsage(
  counts: Readonly<Record<string, number>>,
  levels: readonly SchemeLevel[],
  settings: QuotaSettings,
): QuotaUsage {
  const scheme = [...levels].sort((a, b) => a.position - b.position);
  const rated = scheme.reduce((s, l) => s + (counts[l.name] ?? 0), 0);
  const byLevel = scheme.map((l) => {
    const count = counts[l.name] ?? 0;
    return {
      name: l.name,
      position: l.position,
      count,
      percent: rated ? round1((count * 100) / rated) : null,
    };
  });
  const top = scheme.length ? (counts[scheme[0].name] ?? 0) : 0;
  const basis = scheme
    .filter((_, rank) => rank <= settings.basisPosition)
    .reduce((s, l) => s + (counts[l.name] ?? 0), 0);
  const allowed = allowedTop(basis, settings.percent);
  const over = Math.max(0, top - allowed);
  const ratio = basis ? round1((top * 100) / basis) : null;
  const state =
    settings.mode === "OFF" ? "off" : over > 0 ? "over" : top === allowed && top > 0 ? "full" : "ok";
  return { rated, byLevel, top, basis, allowed, over, ratio, state };
}

/** Moves one member from one level to another (null = no level) in a count map. */
export function moveCount(
  counts: Readonly<Record<string, number>>,
  from: string | null,
  to: string | null,
): Record<string, number> {
  const next = { ...counts };
  if (from) next[from] = Math.max(0, (next[from] ?? 0) - 1);
  if (to) next[to] = (next[to] ?? 0) + 1;
  return next;
}

export type QuotaVerdict = "ok" | "needs-justification" | "blocked";

/**
 * Whether a change of one member's level may go ahead in this scope. A change that leaves the
 * scope over its quota (and does not reduce the excess) is blocked in BLOCK mode and needs a
 * written justification in WARN mode.
 */
export function verdictFor(
  counts: Readonly<Record<string, number>>,
  from: string | null,
  to: string | null,
  levels: readonly SchemeLevel[],
  settings: QuotaSettings,
): QuotaVerdict {
  if (settings.mode === "OFF" || from === to) return "ok";
  const before = quotaUsage(counts, levels, settings);
  const after = quotaUsage(moveCount(counts, from, to), levels, settings);
  if (after.over === 0 || after.over <= before.over) return "ok";
  return settings.mode === "BLOCK" ? "blocked" : "needs-justification";
}

/** The quota line of the reports: "Số HTXSNV / số HTTNV trở lên: 1/7 = 14,3 % (tối đa 20 %: 1 người)". */
export function quotaLine(
  usage: QuotaUsage,
  levels: readonly SchemeLevel[],
  settings: QuotaSettings,
): string {
  const scheme = [...levels].sort((a, b) => a.position - b.position);
  const top = abbreviation(scheme[0]?.name ?? "");
  const basisLevel = scheme[Math.min(settings.basisPosition, scheme.length - 1)];
  const basis = abbreviation(basisLevel?.name ?? "") + (settings.basisPosition > 0 ? " trở lên" : "");
  const ratio = usage.ratio === null ? "—" : `${formatPercent(usage.ratio)} %`;
  const limit =
    settings.mode === "OFF"
      ? "không áp dụng tỉ lệ"
      : `tối đa ${formatPercent(settings.percent)} %: ${usage.allowed} người`;
  return `Số ${top} / số ${basis}: ${usage.top}/${usage.basis} = ${ratio} (${limit})`;
}

/** "Hoàn thành xuất sắc nhiệm vụ" → "HTXSNV"; other schemes keep their name. */
export function abbreviation(name: string): string {
  const known: Record<string, string> = {
    "hoàn thành xuất sắc nhiệm vụ": "HTXSNV",
    "hoàn thành tốt nhiệm vụ": "HTTNV",
    "hoàn thành nhiệm vụ": "HTNV",
    "không hoàn thành nhiệm vụ": "KHTNV",
  };
  return known[name.trim().toLowerCase()] ?? name;
}

/** 14.3 → "14,3"; 20 → "20". */
export function formatPercent(value: number): string {
  return (Math.round(value * 10) / 10).toLocaleString("vi-VN", { maximumFractionDigits: 1 });
}

function round1(x: number) {
  return Math.round(x * 10) / 10;
}
