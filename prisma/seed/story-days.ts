// Day arithmetic on the story's calendar ("2026-03-08"), for the seeds that date things relative
// to the seeding day (prisma/seed/story.ts): how long ago a story date was, a date n days later.
import type { Story } from "./story";

const DAY_MS = 86_400_000;
const utc = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00.000Z`);

/** The story date `days` after `iso` (negative: before). */
export function addDays(iso: string, days: number): string {
  return new Date(utc(iso) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from the story date to today (negative: still to come). */
export function ageOf(story: Story, iso: string): number {
  return Math.round((utc(story.storyToday) - utc(iso)) / DAY_MS);
}

/** The later of two story dates. */
export const later = (a: string, b: string) => (a >= b ? a : b);
/** The earlier of two story dates. */
export const earlier = (a: string, b: string) => (a <= b ? a : b);

/** "20/8/2026": a real date as Vietnamese texts write it (day padded, month not). */
export function textDate(d: Date): string {
  return `${String(d.getUTCDate()).padStart(2, "0")}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
}

/** "12/2026": the month of a real date. */
export function textMonth(d: Date): string {
  return `${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
}
