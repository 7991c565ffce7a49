// The months and quarters of a programme's cycle year (calendar year or năm học,
// lib/settings/cycle.ts). Pure and client-safe. A period is written "M9" (tháng 9) or "Q2" (quý II
// of the cycle year: under a năm học from 01/09, quý I is September to November).
import { cycleDate, cycleStart, type Cycle } from "@/lib/settings/cycle";

export type Period = { month: number | null; quarter: number | null };

const PERIOD = /^(M(?:[1-9]|1[0-2])|Q[1-4])$/;
export const isPeriodCode = (code: string) => PERIOD.test(code);

/** "M9" → { month: 9 }, "Q2" → { quarter: 2 }. */
export function parsePeriod(code: string): Period {
  if (!isPeriodCode(code)) throw new Error(`Kỳ không hợp lệ: ${code}`);
  const n = Number(code.slice(1));
  return code[0] === "M" ? { month: n, quarter: null } : { month: null, quarter: n };
}

export const periodCode = (p: Period) => (p.month ? `M${p.month}` : `Q${p.quarter}`);

const ROMAN = ["I", "II", "III", "IV"];

/** The months of the cycle year in order: 1–12, or 9–12 then 1–8 for a năm học from 01/09. */
export function cycleMonths(c: Cycle): number[] {
  const first = Number(cycleStart(c).slice(0, 2));
  return Array.from({ length: 12 }, (_, i) => ((first - 1 + i) % 12) + 1);
}

/** The calendar year of a month of cycle year `year`. */
export const monthYear = (year: number, c: Cycle, month: number) =>
  cycleDate(year, c, `${String(month).padStart(2, "0")}-01`).getUTCFullYear();

/** "Tháng 9/2026" or "Quý I (tháng 9 – 11/2026)". */
export function periodLabel(year: number, c: Cycle, p: Period): string {
  if (p.month) return `Tháng ${p.month}/${monthYear(year, c, p.month)}`;
  const months = cycleMonths(c).slice((p.quarter! - 1) * 3, p.quarter! * 3);
  return `Quý ${ROMAN[p.quarter! - 1]} (tháng ${months[0]} – ${months[2]}/${monthYear(year, c, months[2])})`;
}

/** Where a period sorts in the cycle year: a quarter before its first month's items. */
export function periodRank(c: Cycle, p: Period): number {
  const months = cycleMonths(c);
  if (p.month) return months.indexOf(p.month) * 10 + 5;
  return (p.quarter! - 1) * 30;
}

/** The first and the last day (UTC midnights) of a period of cycle year `year`. */
export function periodDays(year: number, c: Cycle, p: Period): { from: Date; to: Date } {
  const months = p.month ? [p.month] : cycleMonths(c).slice((p.quarter! - 1) * 3, p.quarter! * 3);
  const from = cycleDate(year, c, `${String(months[0]).padStart(2, "0")}-01`);
  const last = months[months.length - 1];
  const start = cycleDate(year, c, `${String(last).padStart(2, "0")}-01`);
  const to = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0));
  return { from, to };
}

/** Every period a form offers, in the cycle's order: the four quarters, then the twelve months. */
export function periodOptions(year: number, c: Cycle) {
  return [
    ...cycleMonths(c).map((m) => ({
      value: `M${m}`,
      label: periodLabel(year, c, { month: m, quarter: null }),
    })),
    ...[1, 2, 3, 4].map((q) => ({
      value: `Q${q}`,
      label: periodLabel(year, c, { month: null, quarter: q }),
    })),
  ];
}
