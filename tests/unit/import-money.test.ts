import { describe, expect, it } from "vitest";
import { excelMoney } from "@/lib/members/import/row-values";
import { parseDong } from "@/lib/validation";

// The import hands the member form's own rule (parseDong) what the cell says; it only reads the
// English grouping "5,000,000" as the Vietnamese "5.000.000". A decimal comma must reach the rule
// and be refused: it was once read as 55 by dropping the comma.
describe("a money cell in the member import", () => {
  it.each([
    ["5000000", 5_000_000],
    ["5.000.000", 5_000_000],
    ["5,000,000", 5_000_000],
    ["4 960 000 ₫", 4_960_000],
    ["12,345,678đ", 12_345_678],
  ])("reads %s as %d đồng", (cell, dong) => {
    expect(parseDong(excelMoney(cell))).toBe(dong);
  });

  it.each(["5,5", "5000000,5", "5,00,000", "1,2345", "5.000.000,5"])("refuses %s", (cell) => {
    expect(parseDong(excelMoney(cell))).toBeNull();
  });
});
