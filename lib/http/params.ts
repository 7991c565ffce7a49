import * as clock from "@/lib/clock";
/**
 * The `year` query parameter of a report: this year in Vietnam when absent, the number when it is
 * a whole year between 2000 and 2100, otherwise null (the route answers 400).
 */
export function yearParam(params: URLSearchParams): number | null {
  const raw = params.get("year");
  if (raw === null || raw === "") return clock.thisYear();
  const year = Number(raw);
  return Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null;
}

export const badYear = () =>
  Response.json({ error: "Năm không hợp lệ: hãy chọn một năm từ 2000 đến 2100." }, { status: 400 });
