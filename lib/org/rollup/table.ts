// The shape every roll-up section shares: one row per CĐCS of the cấp trên's subtree and a total
// row, then the screen, the Excel file, the print view and the unit's drill-down lay it out.
// Client-safe, no I/O.

export const ROLLUP_SECTIONS = ["members", "rating", "titles", "welfare", "dues"] as const;
export type RollupSection = (typeof ROLLUP_SECTIONS)[number];

export const SECTION_TITLES: Record<RollupSection, string> = {
  members: "Đoàn viên và biến động",
  rating: "Xếp loại đoàn viên và CĐCS",
  titles: "Danh hiệu thi đua và đề nghị khen thưởng",
  welfare: "Thăm hỏi, trợ cấp",
  dues: "Đoàn phí",
};

export function isSection(s: string): s is RollupSection {
  return (ROLLUP_SECTIONS as readonly string[]).includes(s);
}

/** A figure (number), a text (a level's name), or a figure withheld by the small-cell rule. */
export type RollupCell = number | string | null;
export type RollupColumn = {
  label: string;
  /** Money in đồng (Excel `#,##0`, screen "1.000.000"). */
  money?: boolean;
  /** A heading spanning several columns (a welfare category over its "lượt" and "đồng"). */
  group?: string;
};
export type RollupRow = { unitId: string; name: string; cells: RollupCell[] };

export type RollupTable = {
  section: RollupSection;
  title: string;
  year: number;
  columns: RollupColumn[];
  rows: RollupRow[];
  total: RollupCell[];
  /** Lines under the table: definitions, what the small-cell rule withheld, spreads. */
  notes: string[];
};

/** The text a withheld cell shows (the small-cell rule, decision 0088). */
export const WITHHELD = "< 3";

export function sumColumn(rows: RollupRow[], i: number): number {
  return rows.reduce((s, r) => s + (typeof r.cells[i] === "number" ? (r.cells[i] as number) : 0), 0);
}
