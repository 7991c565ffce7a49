// "This week" on the dashboard: today and the six days after it, in Vietnam.
import { describe, expect, it } from "vitest";
import { weekFrom } from "@/lib/dashboard/week";

describe("weekFrom", () => {
  it("runs from today to today + 6 days, across a year's end", () => {
    const w = weekFrom(new Date("2026-12-29T00:00:00.000Z"));
    expect(w.first.toISOString()).toBe("2026-12-29T00:00:00.000Z");
    expect(w.last.toISOString()).toBe("2027-01-04T00:00:00.000Z");
  });

  it("gives the Vietnam day's instants for meeting times: 00:00 in Hà Nội is 17:00 UTC the day before", () => {
    const w = weekFrom(new Date("2027-03-15T00:00:00.000Z"));
    expect(w.from.toISOString()).toBe("2027-03-14T17:00:00.000Z");
    expect(w.to.toISOString()).toBe("2027-03-21T17:00:00.000Z");
  });
});
