// prisma/seed/story.ts and the demo's self-assessment window: the story's years move by whole
// years to the seeding day's, what has not come by that day is recognised, and the window always
// takes in the day. Expected dates are written out by hand.
import { describe, expect, it } from "vitest";
import { assessmentWindow } from "../../prisma/seed/emulation";
import { makeStory } from "../../prisma/seed/story";

const on = (iso: string) => makeStory(new Date(`${iso}T00:00:00.000Z`));
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

describe("this year's self-assessment window in the demo", () => {
  const window = (d: string) => {
    const w = assessmentWindow(on(d));
    return [iso(w.opensOn), iso(w.closesOn)];
  };
  it("is 01/11–30/11 when the day is in November", () => {
    expect(window("2026-11-22")).toEqual(["2026-11-01", "2026-11-30"]);
    expect(window("2026-11-01")).toEqual(["2026-11-01", "2026-11-30"]);
  });
  it("widens to a week before and two weeks after the day, within the year, otherwise", () => {
    expect(window("2027-01-15")).toEqual(["2027-01-08", "2027-11-30"]);
    expect(window("2027-01-03")).toEqual(["2027-01-01", "2027-11-30"]);
    expect(window("2027-06-30")).toEqual(["2027-06-23", "2027-11-30"]);
    expect(window("2026-12-06")).toEqual(["2026-11-01", "2026-12-20"]);
    expect(window("2026-12-31")).toEqual(["2026-11-01", "2026-12-31"]);
  });
});
