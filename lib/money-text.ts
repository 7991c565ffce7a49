// Money typed as text, without zod: a money input in the browser reads and shows đồng with these,
// and does not download the validation library with its page (lib/validation.ts re-exports them
// for the schemas, so there is one rule).

/** The largest amount an integer column (PostgreSQL `integer`) holds: 2.147.483.647 đồng. */
export const INT4_MAX = 2_147_483_647;

// Whole đồng: plain digits ("1000000") or digits grouped by threes with dots ("1.000.000"). A
// decimal part ("5000000.5", "5.000.000,5") or a separator in the wrong place ("50.00.000") is
// refused, never read by dropping the dots (which once stored "5000000.5" as 50.000.005).
const MONEY_RE = /^(\d{1,3}(\.\d{3})+|\d+)$/;

/**
 * "1.000.000", "1000000", "1 000 000 ₫" → 1000000; null when it is not a whole number of đồng
 * between 0 and `max` (by default what an integer column holds).
 */
export function parseDong(text: string, max = INT4_MAX): number | null {
  const s = text.replace(/[\s₫đ]/gi, "");
  if (!MONEY_RE.test(s)) return null;
  const n = Number(s.replace(/\./g, ""));
  return Number.isSafeInteger(n) && n <= max ? n : null;
}

/** 1000000 → "1.000.000", for a money input. */
export const dongText = (n: number | null | undefined) =>
  n === null || n === undefined ? "" : String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
