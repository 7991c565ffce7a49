import { describe, expect, it } from "vitest";
import { SETTING_REGISTRY, isSettingKey } from "@/lib/settings/registry";
import { addSettingSchema } from "@/lib/settings/schema";
import {
  formatSettingValue,
  isValidStoredValue,
  mergeTimeline,
  parseSettingInput,
  pickEffective,
  resolveSetting,
  toInputText,
  type DatedValue,
} from "@/lib/settings/service";

const stored = (effectiveFrom: string, value: unknown, id = effectiveFrom): DatedValue => ({
  effectiveFrom,
  value,
  source: "stored",
  id,
});
const valueOn = (key: keyof typeof SETTING_REGISTRY, rows: DatedValue[], on: string) =>
  resolveSetting(SETTING_REGISTRY[key], rows, on).value;

describe("pickEffective", () => {
  const rows = [stored("2024-01-01", 1), stored("2025-07-01", 2), stored("2023-01-01", 0)];
  it("takes the latest row on or before the date, whatever the list order", () => {
    expect(pickEffective(rows, "2025-06-30")?.value).toBe(1);
    expect(pickEffective(rows, "2025-07-01")?.value).toBe(2);
    expect(pickEffective(rows, new Date("2030-01-01T00:00:00.000Z"))?.value).toBe(2);
  });
  it("returns null before the first row", () => {
    expect(pickEffective(rows, "2022-12-31")).toBeNull();
  });
  it("treats a null date as in force since always", () => {
    expect(pickEffective([{ effectiveFrom: null, value: "x" }], "1990-01-01")?.value).toBe("x");
  });
});

describe("resolveSetting with the built-in defaults", () => {
  it("follows the đoàn phí rate change on 01/7/2025", () => {
    expect(valueOn("dues.rate.percent", [], "2025-06-30")).toBe(1);
    expect(valueOn("dues.rate.percent", [], "2025-07-01")).toBe(0.5);
  });
  it("gives lương cơ sở by decree date, and the earliest default before any has begun", () => {
    expect(valueOn("dues.base.salary", [], "2024-06-30")).toBe(1_800_000);
    expect(valueOn("dues.base.salary", [], "2024-07-01")).toBe(2_340_000);
    const early = resolveSetting(SETTING_REGISTRY["dues.base.salary"], [], "2010-01-01");
    expect(early).toMatchObject({ value: 1_490_000, source: "default" });
  });
  it("uses the undated defaults for the other keys", () => {
    expect(valueOn("meeting.frequency", [], "2026-01-01")).toBe("monthly");
    expect(valueOn("dues.cdcs.share.percent", [], "2026-01-01")).toBe(70);
    expect(valueOn("rating.quota.excellent.percent", [], "2026-01-01")).toBe(20);
    expect(valueOn("rating.quota.mode", [], "2026-01-01")).toBe("warn");
  });
});

describe("resolveSetting with the BCH's rows", () => {
  it("applies a row from its date on, and the default before it", () => {
    const rows = [stored("2026-01-01", "quarterly")];
    expect(valueOn("meeting.frequency", rows, "2025-12-31")).toBe("monthly");
    expect(resolveSetting(SETTING_REGISTRY["meeting.frequency"], rows, "2026-01-01")).toMatchObject({
      value: "quarterly",
      source: "stored",
      id: "2026-01-01",
    });
  });
  it("lets a row win over a default of the same date", () => {
    expect(valueOn("dues.rate.percent", [stored("2025-07-01", 0.8)], "2025-07-01")).toBe(0.8);
  });
  it("lets a newer legal default replace an older row from its own date", () => {
    const rows = [stored("2024-01-01", 1.5)];
    expect(valueOn("dues.rate.percent", rows, "2025-06-30")).toBe(1.5);
    expect(valueOn("dues.rate.percent", rows, "2025-07-01")).toBe(0.5);
  });
  it("keeps every row in the timeline, newest first, rows before defaults on a tie", () => {
    const timeline = mergeTimeline(
      [stored("2025-07-01", 0.8), stored("2020-01-01", 1)],
      SETTING_REGISTRY["dues.rate.percent"].defaults,
    );
    expect(timeline.map((t) => [t.effectiveFrom, t.source])).toEqual([
      ["2025-07-01", "stored"],
      ["2025-07-01", "default"],
      ["2020-01-01", "stored"],
      [null, "default"],
    ]);
  });
});

describe("parseSettingInput", () => {
  const def = (key: keyof typeof SETTING_REGISTRY) => SETTING_REGISTRY[key];
  it("reads money in đồng with or without dots", () => {
    expect(parseSettingInput(def("dues.base.salary"), "2.340.000")).toEqual({ ok: true, value: 2_340_000 });
    expect(parseSettingInput(def("dues.base.salary"), "2340000 ₫")).toEqual({ ok: true, value: 2_340_000 });
    expect(parseSettingInput(def("dues.base.salary"), "2340000,5").ok).toBe(false);
    expect(parseSettingInput(def("dues.base.salary"), "-5").ok).toBe(false);
  });
  it("reads percents with a decimal comma and refuses more than 100", () => {
    expect(parseSettingInput(def("dues.rate.percent"), "0,5")).toEqual({ ok: true, value: 0.5 });
    expect(parseSettingInput(def("dues.rate.percent"), "1 %")).toEqual({ ok: true, value: 1 });
    expect(parseSettingInput(def("dues.rate.percent"), "100.5").ok).toBe(false);
    expect(parseSettingInput(def("dues.rate.percent"), "0,125").ok).toBe(false);
    expect(parseSettingInput(def("dues.rate.percent"), "abc").ok).toBe(false);
  });
  it("accepts only the listed choices", () => {
    expect(parseSettingInput(def("rating.quota.mode"), "block")).toEqual({ ok: true, value: "block" });
    expect(parseSettingInput(def("rating.quota.mode"), "Chặn").ok).toBe(false);
  });
  it("reads a day in the year as dd/mm and stores MM-DD", () => {
    expect(parseSettingInput(def("emulation.registration.deadline"), "25/1")).toEqual({
      ok: true,
      value: "01-25",
    });
    expect(parseSettingInput(def("emulation.registration.deadline"), "29/02")).toEqual({
      ok: true,
      value: "02-29",
    });
    expect(parseSettingInput(def("emulation.registration.deadline"), "31/04").ok).toBe(false);
    expect(parseSettingInput(def("emulation.registration.deadline"), "2026-01-25").ok).toBe(false);
  });
  it("refuses empty and over-long text", () => {
    expect(parseSettingInput({ kind: "text" }, "  ")).toEqual({ ok: false, error: "Vui lòng nhập giá trị." });
    expect(parseSettingInput({ kind: "text" }, "x".repeat(501)).ok).toBe(false);
    expect(parseSettingInput({ kind: "text" }, " Ghi chú ")).toEqual({ ok: true, value: "Ghi chú" });
  });
});

describe("display and stored values", () => {
  it("formats values the Vietnamese way and round-trips input text", () => {
    expect(formatSettingValue(SETTING_REGISTRY["dues.base.salary"], 2_340_000)).toBe("2.340.000 ₫");
    expect(formatSettingValue(SETTING_REGISTRY["dues.rate.percent"], 0.5)).toBe("0,5 %");
    expect(formatSettingValue(SETTING_REGISTRY["meeting.frequency"], "quarterly")).toBe("Hằng quý");
    expect(formatSettingValue(SETTING_REGISTRY["emulation.registration.deadline"], "01-25")).toBe("25/01");
    expect(toInputText(SETTING_REGISTRY["dues.rate.percent"], 0.5)).toBe("0,5");
  });
  it("checks every built-in default against its own kind", () => {
    for (const [key, def] of Object.entries(SETTING_REGISTRY)) {
      expect(def.defaults.length, key).toBeGreaterThan(0);
      for (const d of def.defaults) expect(isValidStoredValue(def, d.value), `${key} ${d.value}`).toBe(true);
    }
    expect(isValidStoredValue(SETTING_REGISTRY["dues.base.salary"], 1.5)).toBe(false);
    expect(isValidStoredValue(SETTING_REGISTRY["meeting.frequency"], "weekly")).toBe(false);
  });
});

describe("addSettingSchema", () => {
  const base = { key: "dues.rate.percent", value: "0,5", effectiveFrom: "2025-07-01", note: "QĐ 61/QĐ-TLĐ" };
  it("accepts a valid value and checks it by the key's kind", () => {
    expect(addSettingSchema.safeParse(base).success).toBe(true);
    const bad = addSettingSchema.safeParse({ ...base, value: "150" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({
      path: ["value"],
      message: "Tỷ lệ không được vượt quá 100 %.",
    });
  });
  it("refuses unknown keys and missing dates", () => {
    expect(isSettingKey("dues.unknown")).toBe(false);
    expect(addSettingSchema.safeParse({ ...base, key: "dues.unknown" }).success).toBe(false);
    const noDate = addSettingSchema.safeParse({ ...base, effectiveFrom: "" });
    expect(noDate.error?.issues.map((i) => i.path[0])).toContain("effectiveFrom");
  });
});
