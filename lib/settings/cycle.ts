// The unit's year for emulation and rating (docs/decisions/0065-school-year-cycle.md). Pure and
// client-safe: the one rule for "which cycle year is this date in", the year's period and dates,
// and the one way to write a cycle year ("năm 2025" / "năm học 2025–2026").
//
// A cycle year is identified by the integer of the calendar year it starts in, as EmulationYear.year
// and RatingYear.year store it: under the calendar cycle 2025 is 01/01/2025–31/12/2025, under the
// school cycle (start 01/09) 2025 is năm học 2025–2026, 01/09/2025–31/08/2026.

export type Cycle = { kind: "calendar" } | { kind: "school"; /** "MM-DD" */ start: string };

export const CALENDAR_CYCLE: Cycle = { kind: "calendar" };
/** The school year as most schools keep it: 01/09 to 31/08. */
export const SCHOOL_CYCLE: Cycle = { kind: "school", start: "09-01" };

const MONTH_DAY = /^(\d{2})-(\d{2})$/;
const iso = (d: Date | string) => (typeof d === "string" ? d.slice(0, 10) : d.toISOString().slice(0, 10));
const utc = (s: string) => new Date(`${s}T00:00:00.000Z`);

/** The cycle from the two settings ("cycle.kind", "cycle.start"); a malformed start falls back to 01/09. */
export function cycleFrom(kind: string, start: string): Cycle {
  if (kind !== "school") return CALENDAR_CYCLE;
  return { kind: "school", start: MONTH_DAY.test(start) && start !== "01-01" ? start : "09-01" };
}

/** "MM-DD" of the first day of each cycle year. */
export const cycleStart = (c: Cycle) => (c.kind === "school" ? c.start : "01-01");

/** The cycle year a date falls in: its calendar year, or the year before when it is before the start. */
export function cycleYearOf(date: Date | string, c: Cycle): number {
  const d = iso(date);
  const year = Number(d.slice(0, 4));
  return d.slice(5) >= cycleStart(c) ? year : year - 1;
}

/** The date inside cycle year `year` with the given day and month ("10-20" of năm học 2025 is 20/10/2025, "05-31" is 31/05/2026). */
export function cycleDate(year: number, c: Cycle, monthDay: string): Date {
  const y = monthDay >= cycleStart(c) ? year : year + 1;
  // 29/02 in a year without it is told as 28/02.
  const d = utc(`${y}-${monthDay}`);
  return Number.isNaN(d.getTime()) || iso(d).slice(5) !== monthDay
    ? utc(`${y}-${monthDay.slice(0, 3)}28`)
    : d;
}

/** The first and last day of a cycle year, as UTC midnights (`@db.Date`). */
export function cyclePeriod(year: number, c: Cycle): { startsOn: Date; endsOn: Date } {
  const startsOn = utc(`${year}-${cycleStart(c)}`);
  const next = utc(`${year + 1}-${cycleStart(c)}`);
  return { startsOn, endsOn: new Date(next.getTime() - 86_400_000) };
}

/** The day after the cycle year ends, "yyyy-mm-dd": the reference date of the tenure rule. */
export const cycleEndExclusive = (year: number, c: Cycle) => `${year + 1}-${cycleStart(c)}`;

/** "2025" or "2025–2026": a year picker's option. */
export const cycleYearShort = (year: number, c: Cycle) =>
  c.kind === "school" ? `${year}–${year + 1}` : String(year);

/** What a row of year pills (components/year-links.tsx) reads under the cycle: each pill, the row's name. */
export const cycleYearLinks = (c: Cycle) => ({
  label: (year: number) => cycleYearShort(year, c),
  ariaLabel: c.kind === "school" ? "Chọn năm học" : "Chọn năm",
});

/** "năm 2025" or "năm học 2025–2026": the one label of a cycle year in running text. */
export const cycleYearLabel = (year: number, c: Cycle) =>
  c.kind === "school" ? `năm học ${year}–${year + 1}` : `năm ${year}`;

/** "NĂM 2025" or "NĂM HỌC 2025–2026": the label in a paper's title. */
export const cycleYearTitle = (year: number, c: Cycle) => cycleYearLabel(year, c).toUpperCase();

/** "Năm 2025" or "Năm học 2025–2026": the label at the start of a sentence or heading. */
export const cycleYearHeading = (year: number, c: Cycle) => {
  const l = cycleYearLabel(year, c);
  return l.charAt(0).toUpperCase() + l.slice(1);
};

/** dd/mm/yyyy, for a form's default. */
const typed = (d: Date) => iso(d).split("-").reverse().join("/");

/**
 * The usual dates of a year's campaign, as a form's defaults: by the calendar, registration by 25/01
 * and self-assessment in November; by the năm học, registration by 20/10 and self-assessment in May,
 * before the school year's results.
 */
export function defaultYearDates(year: number, c: Cycle) {
  const [deadline, opens, closes] =
    c.kind === "school" ? ["10-20", "05-01", "05-31"] : ["01-25", "11-01", "11-30"];
  return {
    registrationDeadline: typed(cycleDate(year, c, deadline)),
    assessmentOpensOn: typed(cycleDate(year, c, opens)),
    assessmentClosesOn: typed(cycleDate(year, c, closes)),
  };
}
