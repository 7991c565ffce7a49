import * as clock from "@/lib/clock";

// The one reading of `?year=` (pages, print pages and downloads alike): the current year when
// absent, the number when it is a whole year from 2000 to 2100, otherwise null. The current year
// is this calendar year in Vietnam unless the caller passes another: emulation and rating pass the
// unit's current cycle year (currentCycleYear, lib/settings/unit-cycle.ts), since a school unit's
// "this year" from January to August is the năm học that began last September.
export function parseYear(raw: string | null | undefined, current: number = clock.thisYear()): number | null {
  if (raw === null || raw === undefined || raw === "") return current;
  const year = Number(raw);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null;
}

/** A download's year: null means the route answers `badYear()` (400), never a file for another year. */
export const yearParam = (params: URLSearchParams, current?: number) =>
  parseYear(params.get("year"), current);

/** A page's year: one it cannot read shows the current year, as the year picker would. */
export const pageYear = (raw: string | null | undefined, current: number = clock.thisYear()) =>
  parseYear(raw, current) ?? current;

export const badYear = () =>
  Response.json({ error: "Năm không hợp lệ: hãy chọn một năm từ 2000 đến 2100." }, { status: 400 });
