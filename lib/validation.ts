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

/** A choice from a list (its id): empty means nothing was chosen, said in words next to the field. */
export const choiceField = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Vui lòng chọn ${what}.`)
    .max(64, `${capitalize(what)} không hợp lệ.`);

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

// Money typed as text ("1.000.000" → 1000000): zod-free, so that a money input need not load zod.
export { INT4_MAX, parseDong } from "./money-text";

// Characters that change how the text around them is drawn without being seen: the bidirectional
// controls (a right-to-left override makes "Nguyễn Văn A‮gpj.exe" read backwards), zero-width
// spaces and joiners, the byte-order mark, and every control character (NUL included).
const HIDDEN_CHARS = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\p{Cc}]/u;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LETTER = /\p{L}/u;

/** A person's name is readable text: at least one letter, no hidden or control characters. */
export function nameProblem(v: string, label: string): string | null {
  if (!LETTER.test(v)) return `${capitalize(label)} phải có chữ cái.`;
  if (HIDDEN_CHARS.test(v) || LONE_SURROGATE.test(v))
    return `${capitalize(label)} có ký tự ẩn hoặc ký tự điều khiển. Vui lòng gõ lại.`;
  return null;
}

/** A required name (a member's full name): `min`–`max` characters, letters, nothing hidden. */
export const nameField = (label: string, min: number, max: number) =>
  z
    .string({ error: `Vui lòng nhập ${label}.` })
    .trim()
    .min(min, min > 1 ? `Vui lòng nhập ${label} (ít nhất ${min} ký tự).` : `Vui lòng nhập ${label}.`)
    .max(max, `${capitalize(label)} dài quá ${max} ký tự.`)
    .superRefine((v, ctx) => {
      const problem = nameProblem(v, label);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });

/** The same, optional: an empty string means no name. */
export const optionalNameField = (label: string, max: number) =>
  optionalText(max, label).superRefine((v, ctx) => {
    const problem = v === "" ? null : nameProblem(v, label);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
