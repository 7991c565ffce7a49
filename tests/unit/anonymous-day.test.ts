import { describe, expect, it } from "vitest";
import { startOfVietnamDay } from "@/lib/opinions/anonymous-day";

describe("startOfVietnamDay", () => {
  it("is 00:00 in Vietnam (17:00 UTC the day before) of the moment's Vietnamese day", () => {
    expect(startOfVietnamDay(new Date("2026-03-15T16:59:59.999Z")).toISOString()).toBe(
      "2026-03-14T17:00:00.000Z",
    );
    expect(startOfVietnamDay(new Date("2026-03-15T17:00:00.000Z")).toISOString()).toBe(
      "2026-03-15T17:00:00.000Z",
    );
    expect(startOfVietnamDay(new Date("2026-03-15T03:04:05.678Z")).toISOString()).toBe(
      "2026-03-14T17:00:00.000Z",
    );
    expect(startOfVietnamDay(new Date("2027-01-01T00:00:00.000Z")).toISOString()).toBe(
      "2026-12-31T17:00:00.000Z",
    );
  });
});
