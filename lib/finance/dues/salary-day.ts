// Client-safe: the day a BHXH salary typed today takes effect unless told otherwise, the first of
// next month (the member form's default; lib/finance/dues/set-member-salary.ts writes it).
import * as clock from "@/lib/clock";

export function nextSalaryDay(today = clock.today()): Date {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1));
}
