// The one reading of ?year= (lib/http/params.ts), on the suite's pinned day.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pageYear, parseYear, yearParam } from "@/lib/http/params";
import { PINNED_TODAY, THIS_YEAR } from "../support/today";

describe("?year=", () => {
  // The app's clock on the suite's day, as the integration and e2e tiers have it.
  beforeAll(() => vi.stubEnv("SCD_TODAY", PINNED_TODAY ?? ""));
  afterAll(() => vi.unstubAllEnvs());

  it("is this year when absent or empty", () => {
    expect(parseYear(undefined)).toBe(THIS_YEAR);
    expect(parseYear(null)).toBe(THIS_YEAR);
    expect(parseYear("")).toBe(THIS_YEAR);
    expect(yearParam(new URLSearchParams())).toBe(THIS_YEAR);
  });

  it("reads a whole year from 2000 to 2100", () => {
    expect(parseYear("2000")).toBe(2000);
    expect(parseYear("2025")).toBe(2025);
    expect(yearParam(new URLSearchParams("year=2100"))).toBe(2100);
  });

  it("refuses what is not such a year: a download answers 400, a page shows this year", () => {
    for (const bad of ["1999", "2101", "2025.5", "abc", "20 25", "-2025"]) {
      expect(parseYear(bad), bad).toBeNull();
      expect(yearParam(new URLSearchParams({ year: bad })), bad).toBeNull();
      expect(pageYear(bad), bad).toBe(THIS_YEAR);
    }
  });
});
