// The sổ thu đoàn phí's member table comes from a row source (lib/finance/dues/book-paper.ts): the
// PDF draws it row by row; the print page and the DOCX read the same rows as an array.
import { describe, expect, it } from "vitest";
import { type ReportBlock, rowSourceOf } from "@/lib/document/blocks";
import { BookMember, type DuesBook } from "@/lib/finance/dues/book";
import { bookPaper } from "@/lib/finance/dues/book-paper";

const z = () => Array.from({ length: 12 }, () => 0);
const all = (v: number) => Array.from({ length: 12 }, () => v);
const hà = new BookMember(
  "m1",
  "Trần Thị Thu Hà",
  null,
  5_000_000,
  25_000,
  "O".repeat(12),
  all(25_000),
  [...all(25_000).slice(0, 11), 10_000],
  300_000,
  285_000,
  2026,
);
const ước = new BookMember("m2", "Lê Hữu Ước", null, null, 0, "N".repeat(12), z(), z(), 0, 0, 2026);
const tổ = (name: string, members: BookMember[]) => ({
  id: name,
  name,
  members,
  owedByMonth: z(),
  paidByMonth: z(),
  owed: 0,
  paid: 0,
});
const book: DuesBook = {
  year: 2026,
  group: null,
  groups: [tổ("Tổ Toán – Tin", [hà, ước]), tổ("Tổ Văn", [])],
  months: [],
  memberCount: 2,
  upperShare: 0,
  extra: 0,
  kept: 0,
  remittances: [],
  remitted: 0,
  owedByMonth: z(),
  paidByMonth: z(),
  owed: 300_000,
  paid: 285_000,
};
const unit = { name: "Công đoàn Trường", parentName: "Công đoàn Giáo dục", placeName: "Tam Kỳ" };
const memberTable = (subtotalsOnly: boolean) =>
  bookPaper(book, unit, "Trần Thị Thu Hà", { subtotalsOnly }).blocks[2] as Extract<
    ReportBlock,
    { kind: "table" }
  >;
const empty = Array.from({ length: 12 }, () => "");
const zeroCells = Array.from({ length: 12 }, () => "0");

describe("the sổ's member rows", () => {
  it("heading, members, subtotal per tổ, the same from the source and as an array", () => {
    const t = memberTable(false);
    const expected = [
      ["", "Tổ Toán – Tin", "", "", ...empty, "", "", ""],
      [
        "1",
        "Trần Thị Thu Hà",
        "5.000.000",
        "25.000",
        ...all(0)
          .slice(0, 11)
          .map(() => "25.000"),
        "10.000*",
        "300.000",
        "285.000",
        "15.000",
      ],
      ["2", "Lê Hữu Ước", "", "", ...Array.from({ length: 12 }, () => "–"), "0", "0", "0"],
      ["", "Cộng Tổ Toán – Tin (2 người)", "", "", ...zeroCells, "0", "0", "0"],
      ["", "Tổ Văn", "", "", ...empty, "", "", ""],
      ["", "Cộng Tổ Văn (0 người)", "", "", ...zeroCells, "0", "0", "0"],
    ];
    expect(rowSourceOf(t)?.count).toBe(6);
    expect([...rowSourceOf(t)!.rows()].map((r) => r.cells)).toEqual(expected);
    expect([...rowSourceOf(t)!.rows()].map((r) => r.bold)).toEqual([true, false, false, true, true, true]);
    expect(t.rows).toEqual(expected);
    expect(t.boldRows).toEqual([0, 3, 4, 5]);
  });

  it("a copy of the paper (as stored as JSON with a submission) holds the same rows, without the source", () => {
    const t = memberTable(false);
    const copy = JSON.parse(JSON.stringify(t)) as typeof t;
    expect(rowSourceOf(copy)).toBeUndefined();
    expect(copy.rows).toEqual(t.rows);
    expect(copy.boldRows).toEqual([0, 3, 4, 5]);
  });

  it("the print page of a big unit: the tổ headings and subtotals only", () => {
    const t = memberTable(true);
    expect(rowSourceOf(t)?.count).toBe(4);
    expect(t.rows.map((r) => r[1])).toEqual([
      "Tổ Toán – Tin",
      "Cộng Tổ Toán – Tin (2 người)",
      "Tổ Văn",
      "Cộng Tổ Văn (0 người)",
    ]);
  });
});
