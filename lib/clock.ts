// The one clock. Every business rule that asks "what day is it" (windows, deadlines, "this year",
// overdue follow-ups, reminders, the default year of a page, the demo seed) reads it here.
// Timestamps of records and audit rows stay real (`new Date()`, `now()` in SQL). The moments a
// rule compares (a session's limits, when a mail is next due) come from `now()` below, which a test
// pins with `pinMoment` so the suite never depends on the real clock.
//
// A running instance may be pinned to a day with SCD_TODAY=yyyy-mm-dd (a training instance, the
// test suite): off by default, shown on every page while on (components/shell/pinned-day-banner),
// see docs/decisions/0060-one-clock.md. In the browser the pinned day comes from the page
// (window.__SCD_TODAY__, written by the root layout), so client forms default to the same day.
import { todayInVietnam } from "@/lib/format";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

declare global {
  var __SCD_TODAY__: string | null | undefined;
}

/** Parses yyyy-mm-dd into UTC midnight; throws on anything else (a typo must not run silently). */
export function parsePinnedDay(raw: string): Date {
  const m = ISO_DAY.exec(raw.trim());
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || d.toISOString().slice(0, 10) !== raw.trim())
    throw new Error(`SCD_TODAY phải có dạng yyyy-mm-dd (nhận được "${raw}").`);
  return d;
}

/** The pinned day as yyyy-mm-dd, or null when the instance follows the real calendar. */
export function pinnedDay(): string | null {
  const raw = typeof window === "undefined" ? process.env.SCD_TODAY : globalThis.__SCD_TODAY__;
  if (!raw) return null;
  return parsePinnedDay(raw).toISOString().slice(0, 10);
}

/** Today's date in Vietnam, as UTC midnight (the `@db.Date` convention). */
export function today(): Date {
  const pinned = pinnedDay();
  return pinned ? parsePinnedDay(pinned) : todayInVietnam(new Date());
}

/** Today as yyyy-mm-dd. */
export function todayIso(): string {
  return today().toISOString().slice(0, 10);
}

/** The calendar year of today, in Vietnam. */
export function thisYear(): number {
  return today().getUTCFullYear();
}

let pinnedMoment: Date | null = null;

/** The moment rules compare against (session limits, a mail's next attempt): real unless pinned. */
export function now(): Date {
  return pinnedMoment ? new Date(pinnedMoment.getTime()) : new Date();
}

/** Tests only: pin the moment `now()` returns (null: back to the real clock). Per process. */
export function pinMoment(at: Date | null): void {
  pinnedMoment = at ? new Date(at.getTime()) : null;
}
