// The period of the card list: ?from=&to= (yyyy-MM-dd or dd/MM/yyyy); by default the year so far.
// A date given but not valid, or a reversed range, is an error. Client-safe.
import { normalizeDate } from "@/lib/validation";

export function cardPeriod(
  params: URLSearchParams,
  today: string,
): { from: string; to: string; error?: string } {
  const fromRaw = params.get("from");
  const toRaw = params.get("to");
  const from = fromRaw ? normalizeDate(fromRaw) : `${today.slice(0, 4)}-01-01`;
  const to = toRaw ? normalizeDate(toRaw) : today;
  if (!from || !to)
    return {
      from: `${today.slice(0, 4)}-01-01`,
      to: today,
      error: "Ngày đầu kỳ và cuối kỳ phải là ngày hợp lệ (dd/mm/yyyy).",
    };
  if (from > to) return { from: to, to: from, error: "Ngày đầu kỳ phải trước hoặc bằng ngày cuối kỳ." };
  return { from, to };
}
