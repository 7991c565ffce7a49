import { afterEach, describe, expect, it } from "vitest";
import {
  formatCount,
  formatDate,
  formatDateTime,
  formatMoney,
  todayInVietnam,
  toDateInput,
  toSearchText,
  toSortName,
  yearOf,
} from "@/lib/format";

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});
// The server's own zone must not matter: Node re-reads TZ when it is assigned.
const ZONES = ["UTC", "Asia/Ho_Chi_Minh", "America/Los_Angeles", "Pacific/Kiritimati"];

describe("formatDate", () => {
  it.each(ZONES)("shows a stored @db.Date as dd/MM/yyyy in %s", (tz) => {
    process.env.TZ = tz;
    expect(formatDate(new Date("2026-01-02T00:00:00.000Z"))).toBe("02/01/2026");
    expect(formatDate("1985-05-15")).toBe("15/05/1985");
    expect(formatDate(new Date("2024-02-29T00:00:00.000Z"))).toBe("29/02/2024");
  });

  it("shows nothing for missing or invalid values", () => {
    expect(formatDate(null)).toBe("");
    expect(formatDate(undefined)).toBe("");
    expect(formatDate("không phải ngày")).toBe("");
  });
});

describe("formatDateTime", () => {
  it.each(ZONES)("shows the moment in Vietnam's time (UTC+7) whatever the server's zone (%s)", (tz) => {
    process.env.TZ = tz;
    // 17:30 UTC on New Year's Day is already 00:30 on 2 January in Vietnam.
    expect(formatDateTime("2026-01-01T17:30:00Z")).toBe("00:30 02/01/2026");
    expect(formatDateTime(new Date("2026-01-01T16:59:00Z"))).toBe("23:59 01/01/2026");
    expect(formatDateTime(new Date("2025-12-31T17:00:00Z"))).toBe("00:00 01/01/2026");
  });

  it("shows nothing for a missing value", () => {
    expect(formatDateTime(null)).toBe("");
  });
});

describe("todayInVietnam and toDateInput", () => {
  it("is Vietnam's calendar day as UTC midnight", () => {
    expect(todayInVietnam(new Date("2026-01-01T17:30:00Z")).toISOString()).toBe("2026-01-02T00:00:00.000Z");
    expect(todayInVietnam(new Date("2026-01-01T16:59:59Z")).toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });

  it("gives yyyy-MM-dd for date inputs", () => {
    expect(toDateInput(new Date("2026-03-08T00:00:00.000Z"))).toBe("2026-03-08");
    expect(toDateInput(null)).toBe("");
    expect(yearOf("1985-05-15")).toBe("1985");
  });
});

describe("formatMoney", () => {
  it.each([
    [1_000_000, "1.000.000 ₫"],
    [10_000_000, "10.000.000 ₫"],
    [999, "999 ₫"],
    [1000, "1.000 ₫"],
    [0, "0 ₫"],
    [-250_000, "-250.000 ₫"],
    [1_234_567_890, "1.234.567.890 ₫"],
  ])("%d đồng → %s", (amount, text) => {
    expect(formatMoney(amount)).toBe(text);
  });

  it("shows nothing for a missing amount", () => {
    expect(formatMoney(null)).toBe("");
    expect(formatMoney(undefined)).toBe("");
  });
});

describe("toSearchText and toSortName", () => {
  it.each([
    ["Nguyễn Văn Ánh", "nguyen van anh"],
    ["Đặng", "dang"],
    ["ĐỖ THỊ HỒNG ĐIỆP", "do thi hong diep"],
    ["  Trần   Thị\tThu  ", "tran thi thu"],
    ["Huỳnh Ngọc Phượng", "huynh ngoc phuong"],
    ["Vũ Thị Ỹ", "vu thi y"],
  ])("%s → %s", (input, output) => {
    expect(toSearchText(input)).toBe(output);
  });

  it("matches composed and decomposed Unicode alike", () => {
    expect(toSearchText("Nguyễn".normalize("NFD"))).toBe(toSearchText("Nguyễn".normalize("NFC")));
  });

  it("sorts by the given name (the last word) first", () => {
    expect(toSortName("Nguyễn Văn Ánh")).toBe("anh nguyen van anh");
    expect(toSortName("Đặng Thị Bình")).toBe("binh dang thi binh");
    const names = ["Trần Văn Bình", "Nguyễn Thị An", "Lê Văn Ánh", "Phạm Thị Yến"];
    expect([...names].sort((a, b) => toSortName(a).localeCompare(toSortName(b)))).toEqual([
      "Nguyễn Thị An",
      "Lê Văn Ánh",
      "Trần Văn Bình",
      "Phạm Thị Yến",
    ]);
  });
});

describe("formatCount", () => {
  it.each([
    [0, "0"],
    [999, "999"],
    [1000, "1.000"],
    [54_904, "54.904"],
    [1_234_567, "1.234.567"],
    [-1865, "-1.865"],
  ])("%d → %s", (n, text) => {
    expect(formatCount(n)).toBe(text);
  });
});
