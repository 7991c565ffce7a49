// How "Của tôi" words a deadline and orders what a member owns (decision 0072). Pure, client-safe.
const DAY_MS = 86_400_000;

export type BadgeTone = "red" | "amber" | "blue" | "gray";
export type DueBadge = { text: string; tone: BadgeTone };

/** Whole days from today to a `@db.Date` (negative: past). */
export function daysFrom(today: Date, day: Date): number {
  return Math.round((day.getTime() - today.getTime()) / DAY_MS);
}

/** A deadline as the member reads it: "Quá hạn 3 ngày", "Hạn hôm nay", "Còn 5 ngày". */
export function dueBadge(dueOn: Date | null, today: Date): DueBadge {
  if (!dueOn) return { text: "Chưa có hạn", tone: "gray" };
  const n = daysFrom(today, dueOn);
  if (n < 0) return { text: `Quá hạn ${-n} ngày`, tone: "red" };
  if (n === 0) return { text: "Hạn hôm nay", tone: "red" };
  return { text: `Còn ${n} ngày`, tone: n <= 7 ? "amber" : "gray" };
}

/** A meeting one is invited to: "Hôm nay", "Ngày mai", "Còn 4 ngày". */
export function meetingBadge(day: Date, today: Date): DueBadge {
  const n = daysFrom(today, day);
  if (n <= 0) return { text: "Hôm nay", tone: "blue" };
  if (n === 1) return { text: "Ngày mai", tone: "blue" };
  return { text: `Còn ${n} ngày`, tone: "blue" };
}

/**
 * Most urgent first: by the day the item is due (overdue ones are the earliest), then by the order
 * the items came in. An item with no day goes last.
 */
export function byUrgency<T extends { sortOn: Date | null }>(items: readonly T[]): T[] {
  const key = (t: T) => t.sortOn?.getTime() ?? Number.POSITIVE_INFINITY;
  return items
    .map((t, i) => ({ t, i }))
    .sort((a, b) => key(a.t) - key(b.t) || a.i - b.i)
    .map((x) => x.t);
}
