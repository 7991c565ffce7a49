// lib/clock.ts: the real day in Vietnam by default, the pinned day when SCD_TODAY is set, and a
// malformed pin refused instead of silently ignored.
import { afterEach, describe, expect, it, vi } from "vitest";
import { parsePinnedDay, pinnedDay, thisYear, today, todayIso } from "@/lib/clock";

const saved = process.env.SCD_TODAY;
afterEach(() => {
  vi.useRealTimers();
  if (saved === undefined) delete process.env.SCD_TODAY;
  else process.env.SCD_TODAY = saved;
});

describe("clock", () => {
  it("follows the calendar in Vietnam when nothing is pinned: 31/12 17:30 UTC is already 01/01 there", () => {
    delete process.env.SCD_TODAY;
    vi.useFakeTimers({ now: new Date("2026-12-31T17:30:00.000Z") });
    expect(pinnedDay()).toBeNull();
    expect(todayIso()).toBe("2027-01-01");
    expect(thisYear()).toBe(2027);
    vi.setSystemTime(new Date("2026-12-31T16:59:59.000Z"));
    expect(todayIso()).toBe("2026-12-31");
  });

  it("reads a pinned day whatever the real time", () => {
    process.env.SCD_TODAY = "2027-04-30";
    vi.useFakeTimers({ now: new Date("2031-08-15T23:00:00.000Z") });
    expect(pinnedDay()).toBe("2027-04-30");
    expect(today()).toEqual(new Date("2027-04-30T00:00:00.000Z"));
    expect(thisYear()).toBe(2027);
  });

  it("treats an empty SCD_TODAY as not pinned", () => {
    process.env.SCD_TODAY = "";
    expect(pinnedDay()).toBeNull();
  });

  it("refuses a malformed or impossible day with a message naming the variable", () => {
    for (const bad of ["15/01/2027", "2027-1-5", "2027-02-30", "hôm nay"])
      expect(() => parsePinnedDay(bad)).toThrow(/SCD_TODAY phải có dạng yyyy-mm-dd/);
    process.env.SCD_TODAY = "2027-13-01";
    expect(() => today()).toThrow(/SCD_TODAY/);
  });
});
