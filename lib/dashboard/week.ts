// "This week" on the dashboard and the lists its tiles open: today and the six days after it, in
// Vietnam (lib/clock.ts). Pure and client-safe.
import * as clock from "@/lib/clock";

const DAY = 86_400_000;
/** Vietnam is UTC+7 all year: a Vietnam day starts at 17:00 UTC the day before. */
const VIETNAM_OFFSET = 7 * 3_600_000;

export type Week = {
  /** Today, UTC midnight (the `@db.Date` convention). */
  first: Date;
  /** Today + 6 days, UTC midnight. */
  last: Date;
  /** The instants the week starts and ends at in Vietnam, for DateTime columns (startsAt): [from, to). */
  from: Date;
  to: Date;
};

export function weekFrom(today: Date): Week {
  const last = new Date(today.getTime() + 6 * DAY);
  return {
    first: today,
    last,
    from: new Date(today.getTime() - VIETNAM_OFFSET),
    to: new Date(today.getTime() + 7 * DAY - VIETNAM_OFFSET),
  };
}

export const thisWeek = () => weekFrom(clock.today());

/** yyyy-mm-dd of a UTC-midnight date, for a `::date` SQL parameter. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
