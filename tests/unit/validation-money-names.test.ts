// Money is whole đồng that fits the column; a name is readable text (issue 15, item 5).
import { describe, expect, it } from "vitest";
import { INT4_MAX, nameField, parseDong } from "@/lib/validation";

describe("parseDong", () => {
  it.each([
    ["5000000", 5_000_000],
    ["5.000.000", 5_000_000],
    ["5 000 000 ₫", 5_000_000],
    ["1.000.000đ", 1_000_000],
    ["0", 0],
    ["2.147.483.647", 2_147_483_647],
  ])("reads %s as %d", (text, n) => {
    expect(parseDong(text)).toBe(n);
  });

  it.each([
    "5000000.5", // once stored as 50.000.005
    "5.000.000,5",
    "5,000,000",
    "50.00.000",
    "5.0000.000",
    ".5",
    "5.",
    "-5000",
    "1e6",
    "2.147.483.648", // one above what an integer column holds
    "9999999999",
    "",
  ])("refuses %j", (text) => {
    expect(parseDong(text)).toBeNull();
  });

  it("takes a smaller bound when given", () => {
    expect(parseDong("1.000", 999)).toBeNull();
    expect(INT4_MAX).toBe(2 ** 31 - 1);
  });
});

describe("nameField", () => {
  const name = nameField("họ và tên", 2, 100);
  const error = (v: string) => {
    const r = name.safeParse(v);
    return r.success ? null : r.error.issues[0].message;
  };

  it("accepts Vietnamese names, precomposed or not", () => {
    expect(name.parse("  Nguyễn Thị Ánh Tuyết ")).toBe("Nguyễn Thị Ánh Tuyết");
    expect(name.parse("Nguye\u0302\u0303n Văn A")).toBe("Nguye\u0302\u0303n Văn A");
    expect(name.parse("H'Hen Niê")).toBe("H'Hen Niê");
  });

  it.each([
    ["\u200B\u200B\u200B", "Họ và tên phải có chữ cái."],
    ["\u200BAn", "Họ và tên có ký tự ẩn hoặc ký tự điều khiển. Vui lòng gõ lại."],
    ["Lê Văn \u202EC", "Họ và tên có ký tự ẩn hoặc ký tự điều khiển. Vui lòng gõ lại."],
    ["Lê \u2067Văn\u2069 C", "Họ và tên có ký tự ẩn hoặc ký tự điều khiển. Vui lòng gõ lại."],
    ["Nguyễn\u0000Văn A", "Họ và tên có ký tự ẩn hoặc ký tự điều khiển. Vui lòng gõ lại."],
    ["Trần \uD800 B", "Họ và tên có ký tự ẩn hoặc ký tự điều khiển. Vui lòng gõ lại."],
    ["12345", "Họ và tên phải có chữ cái."],
    ["A", "Vui lòng nhập họ và tên (ít nhất 2 ký tự)."],
  ])("refuses %j: %s", (v, message) => {
    expect(error(v)).toBe(message);
  });
});
