// prisma/seed/story.ts and the demo's self-assessment window: the story's years move by whole
// years to the seeding day's, what has not come by that day is recognised, and the window always
// takes in the day. Expected dates are written out by hand.
import { describe, expect, it } from "vitest";
import { assessmentWindow } from "../../prisma/seed/emulation";
import { makeSchoolYearStory, makeStory } from "../../prisma/seed/story";

const on = (iso: string) => makeStory(new Date(`${iso}T00:00:00.000Z`));
const school = (iso: string) => makeSchoolYearStory(new Date(`${iso}T00:00:00.000Z`));
const iso = (d: Date) => d.toISOString().slice(0, 10);

describe("the demo story as of a day", () => {
  it("moves 2026 to this year and 2025 to last year, keeping day and month", () => {
    const s = on("2027-01-15");
    expect(s.year).toBe(2027);
    expect(iso(s.day("2026-03-08"))).toBe("2027-03-08");
    expect(iso(s.day("2025-12-05"))).toBe("2026-12-05");
    expect(s.at("2026-11-20T17:30").toISOString()).toBe("2027-11-20T10:30:00.000Z");
    expect(s.text("Họp BCH tháng 12/2026, năm học 2025–2026")).toBe(
      "Họp BCH tháng 12/2027, năm học 2026–2027",
    );
  });

  it("knows what has come by the day, and moves what has not to last year", () => {
    const s = on("2027-04-30");
    expect(s.past("2026-04-30")).toBe(true);
    expect(s.past("2026-05-01")).toBe(false);
    expect(s.lastOccurrence("2026-03-01")).toBe("2026-03-01");
    expect(s.lastOccurrence("2026-08-15")).toBe("2025-08-15");
    expect(s.upTo("2026-02-05T09:00")).toBe("2026-02-05T09:00");
    expect(s.upTo("2026-11-19T20:00")).toBe("2026-04-29T20:00");
    expect(s.daysAgo(5)).toBe("2026-04-25");
    expect(s.daysAgo(-3)).toBe("2026-05-03");
  });

  it("tells a leap day as the 28th in the story's calendar", () => {
    const s = on("2028-02-29");
    expect(s.storyToday).toBe("2026-02-28");
    expect(s.past("2026-02-28")).toBe(true);
    expect(s.past("2026-03-01")).toBe(false);
  });
});

describe("the demo story told on the năm học (emulation and rating)", () => {
  it("on 06/12/2026 the story's 2026 is năm học 2026–2027, at the story's 6 April", () => {
    const s = school("2026-12-06");
    expect(s.year).toBe(2026);
    expect(s.storyToday).toBe("2026-04-06");
    expect(s.y(2025)).toBe(2025);
    expect(iso(s.day("2026-01-01"))).toBe("2026-09-01");
    expect(iso(s.day("2026-02-20"))).toBe("2026-10-20");
    expect(iso(s.day("2026-09-01"))).toBe("2027-05-01");
    expect(iso(s.day("2026-12-31"))).toBe("2027-08-31");
    expect(iso(s.day("2025-10-05"))).toBe("2026-06-05");
    expect(s.at("2025-09-10T16:30").toISOString()).toBe("2026-05-10T09:30:00.000Z");
    // Registration (by the story's 20/02, the demo's 20/10) is over; self-assessment (May) has not come.
    expect(s.past("2026-02-20")).toBe(true);
    expect(s.past("2026-09-01")).toBe(false);
  });

  it("on 15/03/2027 it is still năm học 2026–2027, mid-year", () => {
    const s = school("2027-03-15");
    expect([s.year, s.storyToday, s.y(2025)]).toEqual([2026, "2026-07-15", 2025]);
  });

  it("on 01/07/2026 the year in progress is 2025–2026 and last year 2024–2025", () => {
    const s = school("2026-07-01");
    expect([s.year, s.storyToday, s.y(2025)]).toEqual([2025, "2026-11-01", 2024]);
    expect(iso(s.day("2025-10-05"))).toBe("2025-06-05");
    expect(s.text("năm học 2025–2026")).toBe("năm học 2024–2025");
  });

  it("on 31/08 and 01/09 it turns the year", () => {
    expect([school("2026-08-31").year, school("2026-08-31").storyToday]).toEqual([2025, "2026-12-31"]);
    expect([school("2026-09-01").year, school("2026-09-01").storyToday]).toEqual([2026, "2026-01-01"]);
  });

  it("clamps a day the other month does not have", () => {
    expect(school("2026-10-31").storyToday).toBe("2026-02-28");
    expect(iso(school("2026-12-06").day("2026-01-31"))).toBe("2026-09-30");
    expect(iso(school("2026-12-06").day("2026-06-30"))).toBe("2027-02-28");
  });
});

describe("this year's self-assessment window in the demo", () => {
  const window = (d: string) => {
    const w = assessmentWindow(school(d));
    return [iso(w.opensOn), iso(w.closesOn)];
  };
  it("is 01/05–30/05 when the day is in May", () => {
    expect(window("2027-05-15")).toEqual(["2027-05-01", "2027-05-30"]);
    expect(window("2027-05-01")).toEqual(["2027-05-01", "2027-05-30"]);
  });
  it("widens to about a week before and two weeks after the day, within the năm học, otherwise", () => {
    expect(window("2026-12-06")).toEqual(["2026-11-30", "2027-05-30"]);
    expect(window("2026-09-03")).toEqual(["2026-09-01", "2027-05-30"]);
    expect(window("2027-03-15")).toEqual(["2027-03-08", "2027-05-30"]);
    expect(window("2026-07-01")).toEqual(["2026-05-01", "2026-07-15"]);
    expect(window("2027-08-31")).toEqual(["2027-05-01", "2027-08-31"]);
  });
});
