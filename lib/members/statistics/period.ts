// The period of a statistics report: a half-year, a year, or any range. Client-safe, no I/O.
import { normalizeDate } from "@/lib/validation";

export type Period = { from: string; to: string; label: string; kind: "h1" | "h2" | "year" | "custom" };

const vn = (iso: string) => iso.split("-").reverse().join("/");

export function halfYear(year: number, half: 1 | 2): Period {
  return half === 1
    ? { from: `${year}-01-01`, to: `${year}-06-30`, label: `6 tháng đầu năm ${year}`, kind: "h1" }
    : { from: `${year}-07-01`, to: `${year}-12-31`, label: `6 tháng cuối năm ${year}`, kind: "h2" };
}

export function wholeYear(year: number): Period {
  return { from: `${year}-01-01`, to: `${year}-12-31`, label: `Năm ${year}`, kind: "year" };
}

/**
 * ?period=h1|h2|year&year=… or ?from=&to= (dd/MM/yyyy or yyyy-MM-dd). The default is the half-year
 * that holds `today` (yyyy-MM-dd). A bad or reversed range, or one longer than 10 years, is an error.
 */
export function parsePeriod(params: URLSearchParams, today: string): Period | { error: string } {
  const fromRaw = params.get("from");
  const toRaw = params.get("to");
  if (fromRaw || toRaw) {
    const from = fromRaw ? normalizeDate(fromRaw) : null;
    const to = toRaw ? normalizeDate(toRaw) : null;
    if (!from || !to) return { error: "Ngày đầu kỳ và cuối kỳ phải là ngày hợp lệ (dd/mm/yyyy)." };
    if (from > to) return { error: "Ngày đầu kỳ phải trước hoặc bằng ngày cuối kỳ." };
    if (Number(to.slice(0, 4)) - Number(from.slice(0, 4)) > 10)
      return { error: "Kỳ báo cáo dài quá 10 năm." };
    return { from, to, label: `Từ ${vn(from)} đến ${vn(to)}`, kind: "custom" };
  }
  const yearRaw = params.get("year");
  const year = yearRaw ? Number(yearRaw) : Number(today.slice(0, 4));
  if (!Number.isInteger(year) || year < 1950 || year > 2100) return { error: "Năm không hợp lệ." };
  const kind = params.get("period") ?? (today.slice(5) <= "06-30" ? "h1" : "h2");
  if (kind === "h1") return halfYear(year, 1);
  if (kind === "h2") return halfYear(year, 2);
  if (kind === "year") return wholeYear(year);
  return { error: "Kỳ báo cáo không hợp lệ." };
}

/** The period from..to, named as the screen names it: a half-year or a year by its name, else by its dates. */
export function namedPeriod(from: string, to: string): Period {
  const y = Number(from.slice(0, 4));
  const named = [halfYear(y, 1), halfYear(y, 2), wholeYear(y)].find((p) => p.from === from && p.to === to);
  return named ?? { from, to, label: `Từ ${vn(from)} đến ${vn(to)}`, kind: "custom" };
}

export function periodQuery(p: Period) {
  if (p.kind === "custom") return `from=${p.from}&to=${p.to}`;
  return `period=${p.kind}&year=${p.from.slice(0, 4)}`;
}
