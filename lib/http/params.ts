import * as clock from "@/lib/clock";

// The one reading of `?year=` (pages, print pages and downloads alike): this year in Vietnam when
// absent, the number when it is a whole year from 2000 to 2100, otherwise null.
export function parseYear(raw: string | null | undefined): number | null {
  if (raw === null || raw === undefined || raw === "") return clock.thisYear();
  const year = Number(raw);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null;
}

/** A download's year: null means the route answers `badYear()` (400), never a file for another year. */
export const yearParam = (params: URLSearchParams) => parseYear(params.get("year"));

/** A page's year: one it cannot read shows this year, as the year picker would. */
export const pageYear = (raw: string | null | undefined) => parseYear(raw) ?? clock.thisYear();

export const badYear = () =>
  Response.json({ error: "Năm không hợp lệ: hãy chọn một năm từ 2000 đến 2100." }, { status: 400 });
