// zod with Vietnamese messages. Client-safe: forms and server actions share the schemas.
import { z } from "zod";

z.config(z.locales.vi());

export { z };

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day: Date.parse("2026-02-30") rolls over to 2 March instead of failing. */
function isCalendarDate(v: string): boolean {
  if (!DATE_RE.test(v)) return false;
  const d = new Date(`${v}T00:00:00.000Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** A calendar date from <input type="date"> ("yyyy-MM-dd"), required. */
export const dateField = (label: string) =>
  z
    .string({ error: `Vui lòng nhập ${label}.` })
    .trim()
    .min(1, `Vui lòng nhập ${label}.`)
    .refine((v) => isCalendarDate(v), `${capitalize(label)} không hợp lệ (dd/mm/yyyy).`);

/** The same, optional: an empty string means no date. */
export const optionalDateField = (label: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === "" || isCalendarDate(v), `${capitalize(label)} không hợp lệ (dd/mm/yyyy).`);

export const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, `${capitalize(label)} dài quá ${max} ký tự.`);

export function capitalize(s: string) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "yyyy-MM-dd" → UTC midnight, the `@db.Date` convention; "" → null. */
export function parseDateInput(v: string | null | undefined): Date | null {
  return v ? new Date(`${v}T00:00:00.000Z`) : null;
}
