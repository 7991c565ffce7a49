// The demo is one story, written once for a fixed pair of years (2025 complete, 2026 in progress)
// and told as of the day it is seeded (lib/clock.ts):
//   - the story's years move to the demo's: 2026 → this year, 2025 → last year (whole years, so
//     every date keeps its day and month, and so its place in the union's year);
//   - what the story dates after today's day and month has not happened yet: each seed asks
//     `past()` and leaves it out, plans it, or keeps it as a proposal (see the README's demo section).
//
// The demo is a school: its emulation and rating run on the năm học (lib/settings/cycle.ts). Those
// seeds read a second telling of the same story, `makeSchoolYearStory`, in which the story's
// calendar year 2026 is the năm học in progress (2026–2027 on 06/12/2026, 2025–2026 on 01/07/2026):
// the story's January is the demo's September, its December the demo's August (day kept, clamped to
// the month's length). Meetings, welfare and membership stay on the calendar (makeStory).
import { addDays } from "./story-days";
import { SCHOOL_CYCLE, cycleYearOf } from "../../lib/settings/cycle";

export const STORY_YEAR = 2026;

const ISO = /^(\d{4})-(\d{2})-(\d{2})/;

export type Story = {
  /** The seeding day, UTC midnight. */
  today: Date;
  /** This year (the story's 2026). */
  year: number;
  /** Today's day and month in the story's calendar, "2026-MM-DD". */
  storyToday: string;
  /** A story year in the demo: y(2025) is last year. */
  y: (storyYear: number) => number;
  /** A story date ("2026-03-08") in the demo, as UTC midnight (`@db.Date`). */
  day: (iso: string) => Date;
  /** A story moment in Vietnam time ("2026-11-20T17:30") in the demo. */
  at: (local: string) => Date;
  /** The story date moved to the demo, as yyyy-mm-dd. */
  iso: (iso: string) => string;
  /** Text with the story's years (2019–2039) moved: "năm học 2026–2027" → this year's. */
  text: (s: string) => string;
  /** Whether the story date (or moment) has come by today: on or before today's day and month. */
  past: (isoOrLocal: string) => boolean;
  /** `days` before today, as a story date "2026-MM-DD" (may fall in 2025; negative: ahead). */
  daysAgo: (days: number) => string;
  /** A story moment that must have happened: itself if it is before today, else yesterday at the same time. */
  upTo: (local: string) => string;
  /** A story date of this year if it has come, else the same day of last year ("2026-09-01" → "2025-09-01"). */
  lastOccurrence: (iso: string) => string;
};

const pad = (n: number) => String(n).padStart(2, "0");
const monthLength = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The story told on the năm học: story month 1 is September of the năm học, month 12 is August. */
export function makeSchoolYearStory(today: Date): Story {
  const cycleYear = cycleYearOf(today, SCHOOL_CYCLE);
  const shift = cycleYear - STORY_YEAR;
  const [realMonth, realDay] = [today.getUTCMonth() + 1, today.getUTCDate()];
  const storyMonth = realMonth >= 9 ? realMonth - 8 : realMonth + 4;
  const storyToday = `${STORY_YEAR}-${pad(storyMonth)}-${pad(Math.min(realDay, monthLength(STORY_YEAR, storyMonth)))}`;
  const daysAgo = (days: number) => addDays(storyToday, -days);
  const move = (iso: string) => {
    const m = ISO.exec(iso);
    if (!m) throw new Error(`Ngày trong câu chuyện mẫu không hợp lệ: ${iso}`);
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const month = mo <= 4 ? mo + 8 : mo - 4;
    const year = y + shift + (mo <= 4 ? 0 : 1);
    return `${year}-${pad(month)}-${pad(Math.min(d, monthLength(year, month)))}${iso.slice(10)}`;
  };
  return {
    today,
    year: cycleYear,
    storyToday,
    y: (storyYear) => storyYear + shift,
    day: (iso) => new Date(`${move(iso).slice(0, 10)}T00:00:00.000Z`),
    at: (local) => new Date(`${move(local)}:00.000+07:00`),
    iso: (iso) => move(iso).slice(0, 10),
    text: (s) => s.replace(/\b(20[1-3]\d)\b/g, (y) => String(Number(y) + shift)),
    past: (isoOrLocal) => isoOrLocal.slice(0, 10) <= storyToday,
    daysAgo,
    upTo: (local) => (local.slice(0, 10) < storyToday ? local : `${daysAgo(1)}${local.slice(10)}`),
    lastOccurrence: (iso) =>
      iso.slice(0, 10) <= storyToday ? iso : `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`,
  };
}

export function makeStory(today: Date): Story {
  const year = today.getUTCFullYear();
  const shift = year - STORY_YEAR;
  const md = today.toISOString().slice(5, 10);
  // The story's 2026 has no 29 February: a leap day is told as the 28th.
  const storyToday = `${STORY_YEAR}-${md === "02-29" ? "02-28" : md}`;
  const daysAgo = (days: number) => addDays(storyToday, -days);
  const move = (iso: string) => {
    const m = ISO.exec(iso);
    if (!m) throw new Error(`Ngày trong câu chuyện mẫu không hợp lệ: ${iso}`);
    return `${Number(m[1]) + shift}${iso.slice(4)}`;
  };
  return {
    today,
    year,
    storyToday,
    y: (storyYear) => storyYear + shift,
    day: (iso) => new Date(`${move(iso).slice(0, 10)}T00:00:00.000Z`),
    at: (local) => new Date(`${move(local)}:00.000+07:00`),
    iso: (iso) => move(iso).slice(0, 10),
    text: (s) => s.replace(/\b(20[1-3]\d)\b/g, (y) => String(Number(y) + shift)),
    past: (isoOrLocal) => isoOrLocal.slice(0, 10) <= storyToday,
    daysAgo,
    upTo: (local) => (local.slice(0, 10) < storyToday ? local : `${daysAgo(1)}${local.slice(10)}`),
    lastOccurrence: (iso) =>
      iso.slice(0, 10) <= storyToday ? iso : `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`,
  };
}
