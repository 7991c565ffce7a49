// An anonymous opinion is dated to the day, not the moment: a send time to the millisecond (or
// the minute) can be matched with who was signed in then, and in a unit of forty people that names
// the author. Stored so (createdAt and updatedAt), the inbox can neither show nor sort by the
// moment; opinions of the same day are ordered by their random id.

const VN_OFFSET_MS = 7 * 60 * 60 * 1000; // Asia/Ho_Chi_Minh has no daylight saving.
const DAY_MS = 24 * 60 * 60 * 1000;

/** 00:00 of `now`'s day in Vietnam, as the instant it is. */
export function startOfVietnamDay(now: Date): Date {
  const local = now.getTime() + VN_OFFSET_MS;
  return new Date(local - (((local % DAY_MS) + DAY_MS) % DAY_MS) - VN_OFFSET_MS);
}
