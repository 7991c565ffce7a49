// Pure rules for dated settings: which value is in force on a date, and what a valid
// value looks like for each kind. No I/O; unit-tested in tests/unit/settings-service.test.ts.
import { formatMoney } from "../format";
import type { DatedDefault, SettingDefinition } from "./registry";

/** One entry of a setting's timeline. `effectiveFrom` is "yyyy-MM-dd", or null for "since always". */
export type DatedValue<V = unknown> = {
  effectiveFrom: string | null;
  value: V;
  source: "stored" | "default";
  id?: string;
  note?: string;
};

/** "yyyy-MM-dd" from a `@db.Date` value (UTC midnight) or a date string. */
export function toIsoDate(value: Date | string): string {
  return typeof value === "string" ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

export function defaultsAsDated(defaults: readonly DatedDefault[]): DatedValue[] {
  return defaults.map((d) => ({
    effectiveFrom: d.from ?? null,
    value: d.value,
    source: "default",
    note: d.note,
  }));
}

/**
 * The whole timeline, newest first: the BCH's rows and the built-in defaults together.
 * On the same date, the BCH's row comes first (it wins over the default).
 */
export function mergeTimeline(stored: DatedValue[], defaults: readonly DatedDefault[]): DatedValue[] {
  const all = [...stored.map((s) => ({ ...s, source: "stored" as const })), ...defaultsAsDated(defaults)];
  return all.sort((a, b) => {
    const byDate = (b.effectiveFrom ?? "").localeCompare(a.effectiveFrom ?? "");
    if (byDate !== 0) return byDate;
    return a.source === b.source ? 0 : a.source === "stored" ? -1 : 1;
  });
}

/** The entry with the latest effective date on or before `onDate`, or null if none has begun. */
export function pickEffective<T extends { effectiveFrom: string | null }>(
  timeline: T[],
  onDate: Date | string,
): T | null {
  const on = toIsoDate(onDate);
  let best: T | null = null;
  for (const entry of timeline) {
    const from = entry.effectiveFrom ?? "";
    if (from > on) continue;
    if (!best || from > (best.effectiveFrom ?? "")) best = entry;
  }
  return best;
}

/**
 * The value in force on a date. A BCH row replaces the default from its date on, and a later
 * default (a new legal rate) replaces an older BCH row from its own date on: the newest entry
 * wins, whoever made it. Before every entry has begun, the earliest default applies, so a
 * setting always has a value.
 */
export function resolveSetting(
  def: Pick<SettingDefinition, "defaults">,
  stored: DatedValue[],
  onDate: Date | string,
): DatedValue {
  const timeline = mergeTimeline(stored, def.defaults);
  const hit = pickEffective(timeline, onDate);
  if (hit) return hit;
  return timeline.filter((e) => e.source === "default").at(-1)!;
}

export type ParseResult = { ok: true; value: string | number } | { ok: false; error: string };

const MONEY_MAX = 1_000_000_000_000;

/** Turns what a user typed into the stored value, or a Vietnamese error. */
export function parseSettingInput(
  def: Pick<SettingDefinition, "kind" | "choices">,
  raw: string,
): ParseResult {
  const text = raw.trim();
  if (!text) return { ok: false, error: "Vui lòng nhập giá trị." };
  switch (def.kind) {
    case "money": {
      const digits = text.replace(/[.\s₫đ]/g, "");
      if (!/^\d+$/.test(digits))
        return { ok: false, error: "Số tiền là số đồng, không có phần lẻ (ví dụ 2.340.000)." };
      const n = Number(digits);
      if (n > MONEY_MAX) return { ok: false, error: "Số tiền quá lớn." };
      return { ok: true, value: n };
    }
    case "percent": {
      const normal = text.replace(/\s*%$/, "").replace(",", ".");
      if (!/^\d+(\.\d{1,2})?$/.test(normal))
        return { ok: false, error: "Tỷ lệ là một số, tối đa 2 chữ số thập phân (ví dụ 0,5)." };
      const n = Number(normal);
      if (n > 100) return { ok: false, error: "Tỷ lệ không được vượt quá 100 %." };
      return { ok: true, value: n };
    }
    case "dayOfYear": {
      const m = /^(\d{1,2})\/(\d{1,2})$/.exec(text);
      if (!m) return { ok: false, error: "Nhập ngày và tháng theo dạng dd/mm (ví dụ 25/01)." };
      const [day, month] = [Number(m[1]), Number(m[2])];
      // 2024 is a leap year, so 29/02 is accepted.
      const probe = new Date(Date.UTC(2024, month - 1, day));
      if (month < 1 || month > 12 || probe.getUTCDate() !== day)
        return { ok: false, error: "Ngày tháng không hợp lệ." };
      return { ok: true, value: `${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` };
    }
    case "choice": {
      const choice = def.choices?.find((c) => c.value === text);
      return choice
        ? { ok: true, value: choice.value }
        : { ok: false, error: "Vui lòng chọn một giá trị trong danh sách." };
    }
    case "text":
      if (text.length > 500) return { ok: false, error: "Nội dung dài quá 500 ký tự." };
      return { ok: true, value: text };
  }
}

/** Checks a stored value (e.g. a row written by an older version) against its kind. */
export function isValidStoredValue(
  def: Pick<SettingDefinition, "kind" | "choices">,
  value: unknown,
): boolean {
  if (def.kind === "money") return Number.isInteger(value) && (value as number) >= 0;
  if (def.kind === "percent") return typeof value === "number" && value >= 0 && value <= 100;
  if (typeof value !== "string") return false;
  return parseSettingInput(def, def.kind === "dayOfYear" ? value.split("-").reverse().join("/") : value).ok;
}

/** The value as a Vietnamese reader expects it: "2.340.000 ₫", "0,5 %", "Hằng tháng", "25/01". */
export function formatSettingValue(def: Pick<SettingDefinition, "kind" | "choices">, value: unknown): string {
  switch (def.kind) {
    case "money":
      return formatMoney(Number(value));
    case "percent":
      return `${String(value).replace(".", ",")} %`;
    case "dayOfYear":
      return String(value).split("-").reverse().join("/");
    case "choice":
      return def.choices?.find((c) => c.value === value)?.label ?? String(value);
    case "text":
      return String(value);
  }
}

/** The raw text to prefill an input with, the inverse of parseSettingInput. */
export function toInputText(def: Pick<SettingDefinition, "kind">, value: unknown): string {
  if (def.kind === "percent") return String(value).replace(".", ",");
  if (def.kind === "dayOfYear") return String(value).split("-").reverse().join("/");
  return String(value ?? "");
}
