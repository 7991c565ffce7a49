// The PDF engine's fast path for long lists (lib/document/pdf/compact.ts): what a reader sees is what
// the engine drew before the path was rewritten for speed (the same text, page by page), plus the tổ
// headings and subtotals in bold as the print page and the DOCX show them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { renderReportsPdf } from "@/lib/document/pdf/writer";
import { pdfPages, pdfPageText, pdfText, pdfWords } from "../support/documents";
import { longTableSample } from "../support/long-table-sample";

vi.setConfig({ testTimeout: 60_000 });

const before = readFileSync(join(__dirname, "../fixtures/pdf/long-table.txt"), "utf8").trim();

describe("a long one-line-per-row table", async () => {
  const pdf = await renderReportsPdf([longTableSample()]);
  const words = pdfWords(pdf);

  it("has the same text and the same pages as before the fast path", () => {
    expect(pdfPages(pdf)).toBe(13);
    expect(pdfText(pdf)).toBe(before);
  });

  it("repeats the header row, under the page number, on every page after the first", () => {
    for (let page = 2; page <= 13; page++) {
      const top = words.filter((w) => w.page === page && w.yMin < 75).map((w) => w.text);
      expect(top).toEqual(
        expect.arrayContaining([String(page), "STT", "Họ", "Lương", "BHXH", "T1", "T12", "Còn"]),
      );
      const number = words.find((w) => w.page === page && w.text === String(page) && w.yMin < 40)!;
      expect((number.xMin + number.xMax) / 2).toBeCloseTo(841.89 / 2, 0);
    }
  });

  it("keeps Vietnamese names whole and amounts right-aligned in their column", () => {
    expect(pdfPageText(pdf, 1)).toContain("Tôn Nữ Hoàng Thị Phương Quỳnh Diễm");
    expect(pdfPageText(pdf, 13)).toContain("Cộng Tổ 6 (45 người)");
    // The last column ("Còn nợ"): every amount ends at the same x on every page.
    const right = words.filter((w) => /^[\d.]+$/.test(w.text) && w.xMin > 745).map((w) => w.xMax);
    expect(right.length).toBeGreaterThan(270);
    expect(Math.max(...right) - Math.min(...right)).toBeLessThan(0.5);
  });

  it("draws the tổ headings and subtotals in bold, the members in the regular face", () => {
    const first = (text: string) => words.find((w) => w.text === text)!;
    const wordIn = (row: { page: number; yMin: number }, text: string) =>
      words.find((w) => w.page === row.page && w.text === text && Math.abs(w.yMin - row.yMin) < 1)!;
    const width = (w: { xMin: number; xMax: number }) => w.xMax - w.xMin;
    // "Văn" in the tổ heading ("Tổ 1: Văn – Sử") and in the member "Trần Văn Bình".
    const heading = wordIn(first("Sử"), "Văn");
    const member = wordIn(first("Bình"), "Văn");
    expect(width(heading) / width(member)).toBeGreaterThan(1.03);
    // "Tổ" of the subtotal ("Cộng Tổ 1 (45 người)") is bold like the heading's.
    const subtotal = wordIn(first("Cộng"), "Tổ");
    expect(width(subtotal)).toBeCloseTo(width(wordIn(first("Sử"), "Tổ")), 1);
  });
});
