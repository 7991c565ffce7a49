// The day the whole suite runs "as of" (docs/decisions/0060-one-clock.md).
// SCD_TEST_TODAY=yyyy-mm-dd pins it; unset, it is DEFAULT_DAY (a fixed day: no run reads the real
// clock, so a result does not depend on when it runs). The e2e server, its demo seed and the integration workers all get
// the same day as SCD_TODAY, so expected values are worked out from TEST_TODAY, never from the real clock.
import { addHours } from "date-fns";
import { parsePinnedDay } from "../../lib/clock";
import { formatDate, toDateInput } from "../../lib/format";
import {
  SCHOOL_CYCLE,
  cycleYearHeading,
  cycleYearLabel,
  cycleYearOf,
  cycleYearTitle,
} from "../../lib/settings/cycle";

const raw = process.env.SCD_TEST_TODAY?.trim();
/** The suite's day when SCD_TEST_TODAY is unset. Other days: SCD_TEST_TODAY=2027-03-15, 2026-07-01… */
const DEFAULT_DAY = "2026-12-07";

/** yyyy-mm-dd */
export const TEST_TODAY: string = raw ? parsePinnedDay(raw).toISOString().slice(0, 10) : DEFAULT_DAY;
/** The value for SCD_TODAY in the app under test: always pinned. */
export const PINNED_TODAY: string | undefined = TEST_TODAY;

/** The suite's day as UTC midnight, parsed by the app's own clock (lib/clock). */
export const TODAY = parsePinnedDay(TEST_TODAY);
export const THIS_YEAR = TODAY.getUTCFullYear();
export const LAST_YEAR = THIS_YEAR - 1;
/**
 * The demo school's emulation and rating run on the năm học (prisma/seed/story.ts): the năm học in
 * progress on the suite's day, by its starting year (2026 = năm học 2026–2027), and the one before.
 * Meetings, welfare and money stay on THIS_YEAR / LAST_YEAR.
 */
export const DEMO_YEAR = cycleYearOf(TODAY, SCHOOL_CYCLE);
export const DEMO_LAST_YEAR = DEMO_YEAR - 1;
/** "NĂM HỌC 2026–2027": a demo year as the papers' titles print it. */
export const demoYearTitle = (year: number) => cycleYearTitle(year, SCHOOL_CYCLE);
/** "năm học 2026–2027": a demo year as the screens' headings write it ("Thi đua năm học 2026–2027"). */
export const demoYearLabel = (year: number) => cycleYearLabel(year, SCHOOL_CYCLE);
/** "Năm học 2026–2027": a demo year at the start of a heading (the /me/rating cards). */
export const demoYearHeading = (year: number) => cycleYearHeading(year, SCHOOL_CYCLE);

/** A moment on the suite's day (09:00 in Vietnam), for the timestamps fixtures write. */
export const SUITE_MOMENT = addHours(TODAY, 2);

/** `days` after (or, negative, before) today, as UTC midnight. */
export function daysFromToday(days: number): Date {
  return addHours(TODAY, days * 24); // whole UTC days, whatever the machine's time zone
}
/** dd/MM/yyyy, as typed into a date field. */
export const typed = (d: Date): string => formatDate(d);
/** yyyy-mm-dd */
export const isoDay = (d: Date): string => toDateInput(d);
