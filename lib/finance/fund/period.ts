// Fiscal periods: the calendar year and its quarters (CĐCS keep single-entry books; fiscal year =
// calendar year). Dates are UTC midnights (@db.Date); `to` is exclusive. Client-safe.
import { ROMAN_QUARTER } from "../labels";

export type Period = { year: number; quarter: number | null; from: Date; to: Date; label: string };

const day = (y: number, m: number, d = 1) => new Date(Date.UTC(y, m - 1, d));

export function periodOf(year: number, quarter: number | null): Period {
  if (quarter === null)
    return { year, quarter, from: day(year, 1), to: day(year + 1, 1), label: `năm ${year}` };
  const m = (quarter - 1) * 3 + 1;
  return {
    year,
    quarter,
    from: day(year, m),
    to: day(year, m + 3),
    label: `quý ${ROMAN_QUARTER[quarter]} năm ${year}`,
  };
}

/** The last day inside a period (for papers: "đến ngày 31/3/2026"). */
export const lastDay = (p: { to: Date }) => new Date(p.to.getTime() - 86_400_000);
