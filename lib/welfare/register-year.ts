import * as clock from "@/lib/clock";
/** The year of a report from the URL; this year in Vietnam when missing or out of range. */
export function registerYear(raw: string | null | undefined): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : clock.thisYear();
}
