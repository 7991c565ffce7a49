// The period of the card list: ?from=&to= (yyyy-MM-dd or dd/MM/yyyy); by default the year so far. Client-safe.
import { normalizeDate } from "@/lib/validation";

export function cardPeriod(params: URLSearchParams, today: string) {
  const from = normalizeDate(params.get("from") ?? "") ?? `${today.slice(0, 4)}-01-01`;
  const to = normalizeDate(params.get("to") ?? "") ?? today;
  return from <= to ? { from, to } : { from: to, to: from };
}
