// The unit's year for emulation and rating (lib/settings/cycle.ts): which cycle year a date is in,
// at the boundaries, the year's period and dates, and its one label. Expected values by hand.
import { describe, expect, it } from "vitest";
import {
  CALENDAR_CYCLE,
  SCHOOL_CYCLE,
  cycleDate,
  cycleEndExclusive,
  cycleFrom,
  cyclePeriod,
  cycleYearHeading,
  cycleYearLabel,
  cycleYearOf,
  cycleYearShort,
  cycleYearTitle,
} from "@/lib/settings/cycle";

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe("the school cycle (năm học, from 01/09)", () => {
  it("puts 31/08 in the năm học that began the September before, and 01/09 in the new one", () => {
    expect(cycleYearOf("2026-08-31", SCHOOL_CYCLE)).toBe(2025);
    expect(cycleYearOf("2026-09-01", SCHOOL_CYCLE)).toBe(2026);
    expect(cycleYearOf(new Date("2027-01-01T00:00:00.000Z"), SCHOOL_CYCLE)).toBe(2026);
    expect(cycleYearOf("2026-12-31", SCHOOL_CYCLE)).toBe(2026);
    expect(cycleYearOf("2027-03-15", SCHOOL_CYCLE)).toBe(2026);
    expect(cycleYearOf("2026-07-01", SCHOOL_CYCLE)).toBe(2025);
  });

  it("labels the year by both calendar years", () => {
    expect(cycleYearLabel(2025, SCHOOL_CYCLE)).toBe("năm học 2025–2026");
    expect(cycleYearTitle(2025, SCHOOL_CYCLE)).toBe("NĂM HỌC 2025–2026");
    expect(cycleYearHeading(2025, SCHOOL_CYCLE)).toBe("Năm học 2025–2026");
    expect(cycleYearShort(2025, SCHOOL_CYCLE)).toBe("2025–2026");
  });

  it("runs 01/09 to 31/08, and places a day and month inside the year", () => {
    const p = cyclePeriod(2025, SCHOOL_CYCLE);
    expect([iso(p.startsOn), iso(p.endsOn)]).toEqual(["2025-09-01", "2026-08-31"]);
    expect(cycleEndExclusive(2025, SCHOOL_CYCLE)).toBe("2026-09-01");
    expect(iso(cycleDate(2025, SCHOOL_CYCLE, "10-20"))).toBe("2025-10-20");
    expect(iso(cycleDate(2025, SCHOOL_CYCLE, "05-31"))).toBe("2026-05-31");
    expect(iso(cycleDate(2025, SCHOOL_CYCLE, "09-01"))).toBe("2025-09-01");
    expect(iso(cycleDate(2026, SCHOOL_CYCLE, "02-29"))).toBe("2027-02-28");
    expect(iso(cycleDate(2027, SCHOOL_CYCLE, "02-29"))).toBe("2028-02-29");
  });

  it("follows a start the BCH set: from 15/08, 14/08 is still last year", () => {
    const c = cycleFrom("school", "08-15");
    expect(cycleYearOf("2026-08-14", c)).toBe(2025);
    expect(cycleYearOf("2026-08-15", c)).toBe(2026);
    expect(iso(cyclePeriod(2026, c).endsOn)).toBe("2027-08-14");
  });
});

describe("the calendar cycle (the default, for enterprises) is unchanged", () => {
  it("is the calendar year of the date, labelled 'năm 2025'", () => {
    expect(cycleFrom("calendar", "09-01")).toEqual(CALENDAR_CYCLE);
    expect(cycleYearOf("2026-08-31", CALENDAR_CYCLE)).toBe(2026);
    expect(cycleYearOf("2026-09-01", CALENDAR_CYCLE)).toBe(2026);
    expect(cycleYearOf("2026-01-01", CALENDAR_CYCLE)).toBe(2026);
    expect(cycleYearOf("2025-12-31", CALENDAR_CYCLE)).toBe(2025);
    expect(cycleYearLabel(2025, CALENDAR_CYCLE)).toBe("năm 2025");
    expect(cycleYearTitle(2025, CALENDAR_CYCLE)).toBe("NĂM 2025");
    expect(cycleYearShort(2025, CALENDAR_CYCLE)).toBe("2025");
    const p = cyclePeriod(2025, CALENDAR_CYCLE);
    expect([iso(p.startsOn), iso(p.endsOn)]).toEqual(["2025-01-01", "2025-12-31"]);
    expect(cycleEndExclusive(2025, CALENDAR_CYCLE)).toBe("2026-01-01");
    expect(iso(cycleDate(2025, CALENDAR_CYCLE, "01-25"))).toBe("2025-01-25");
  });
});
