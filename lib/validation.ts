// zod with Vietnamese messages. Client-safe: forms and server actions share the schemas.
import vi from "zod/v4/locales/vi.js";
import * as z from "./zod";

// Only the Vietnamese messages (see lib/zod.ts for why `z` is not zod's own namespace).
z.config(vi());
// In the browser, no `new Function` probe: the CSP forbids eval, and Chrome reports the swallowed
// attempt as a Content-Security-Policy issue on every page with a form (Lighthouse best practices).
if (typeof window !== "undefined") z.config({ jitless: true });

export { z };

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day: Date.parse("2026-02-30") rolls over to 2 March instead of failing. */
function isCalendarDate(v: string): boolean {
  if (!DATE_RE.test(v)) return false;
  const d = new Date(`${v}T00:00:00.000Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/**
 * A date typed as "dd/mm/yyyy" (also d/m/yyyy, with "." or "-") or given as "yyyy-MM-dd"
 * → "yyyy-MM-dd"; null when it is not a real day. Forms show dd/mm/yyyy whatever the
 * browser's language, so date fields are text, not <input type="date">.
 */
export function normalizeDate(value: string): string | null {
  const s = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const out = iso ? s : vn ? `${vn[3]}-${vn[2].padStart(2, "0")}-${vn[1].padStart(2, "0")}` : null;
  return out && isCalendarDate(out) ? out : null;
}

/** A required date field; the parsed value is "yyyy-MM-dd". */
export const dateField = (label: string) =>
  z
    .string({ error: `Vui lòng nhập ${label}.` })
    .trim()
    .min(1, `Vui lòng nhập ${label}.`)
    .refine((v) => normalizeDate(v) !== null, `${capitalize(label)} không hợp lệ (dd/mm/yyyy).`)
    .transform((v) => normalizeDate(v)!);

/** The same, optional: an empty string means no date. */
export const optionalDateField = (label: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === "" || normalizeDate(v) !== null, `${capitalize(label)} không hợp lệ (dd/mm/yyyy).`)
    .transform((v) => (v === "" ? "" : normalizeDate(v)!));

export const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${capitalize(label)} dài quá ${max} ký tự.`);

export function capitalize(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "yyyy-MM-dd" → UTC midnight, the `@db.Date` convention; "" → null. */
export function parseDateInput(v: string | null | undefined): Date | null {
  const iso = v ? normalizeDate(v) : null;
  return iso ? new Date(`${iso}T00:00:00.000Z`) : null;
}
