// The reader's time limit grows with the uploaded file and stops at a ceiling
// (lib/members/import/parse-limit.ts; the member list and the payroll list share it).
import { describe, expect, it } from "vitest";
import { parseTimeoutMs } from "@/lib/members/import/parse-limit";

const MB = 1024 * 1024;

describe("parseTimeoutMs", () => {
  it("gives an empty or a small file the base and 30 s for its started megabyte", () => {
    expect(parseTimeoutMs(0, 60_000)).toBe(60_000);
    expect(parseTimeoutMs(1, 60_000)).toBe(90_000);
    expect(parseTimeoutMs(MB, 60_000)).toBe(90_000);
    expect(parseTimeoutMs(MB + 1, 60_000)).toBe(120_000);
  });

  it("grows by 30 s a megabyte: a 60,000-row payroll list of 3 MB gets 150 s", () => {
    expect(parseTimeoutMs(3 * MB, 60_000)).toBe(150_000);
    expect(parseTimeoutMs(6 * MB, 60_000)).toBe(240_000);
  });

  it("stops at 5 minutes, whatever the size (the upload limit is 25 MB)", () => {
    expect(parseTimeoutMs(8 * MB, 60_000)).toBe(300_000);
    expect(parseTimeoutMs(25 * MB, 60_000)).toBe(300_000);
    expect(parseTimeoutMs(10_000 * MB, 60_000)).toBe(300_000);
  });

  it("keeps a base set above the ceiling (SCD_IMPORT_PARSE_SECONDS=400) as it is", () => {
    expect(parseTimeoutMs(0, 400_000)).toBe(400_000);
    expect(parseTimeoutMs(25 * MB, 400_000)).toBe(400_000);
  });

  it("reads a negative size as nothing", () => {
    expect(parseTimeoutMs(-5, 60_000)).toBe(60_000);
  });

  it("defaults to 60 s as the base", () => {
    expect(parseTimeoutMs(0)).toBe(Number(process.env.SCD_IMPORT_PARSE_SECONDS ?? 60) * 1000);
  });
});
