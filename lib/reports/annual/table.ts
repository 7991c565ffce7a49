// The tables of the báo cáo tổng kết (doc.ts) share one shape: a "TT" column numbering the rows,
// columns of counts and sums, and a bold "Cộng" row. Built here once.
import type { ReportBlock, ReportColumn } from "@/lib/document/blocks";

type Align = NonNullable<ReportColumn["align"]>;

/** A column: its header, relative width and alignment (left by default). */
export const col = (header: string, width: number, align?: Align): ReportColumn =>
  align ? { header, width, align } : { header, width };

/** Counts are centred, sums of money right-aligned. */
export const countCol = (header: string, width = 1.1) => col(header, width, "center");
export const moneyCol = (header: string, width = 1.5) => col(header, width, "right");

/**
 * A table with a "TT" column first (1, 2, …), one row per item, and an optional closing row whose
 * "TT" cell is blank (`footer` gives the other cells).
 */
export function numberedTable<T>(
  columns: ReportColumn[],
  items: T[],
  cells: (item: T) => string[],
  options: { footer?: string[]; compact?: boolean } = {},
): Extract<ReportBlock, { kind: "table" }> {
  return {
    kind: "table",
    columns: [col("TT", 0.6, "center"), ...columns],
    rows: items.map((item, i) => [String(i + 1), ...cells(item)]),
    ...(options.footer ? { footer: [["", ...options.footer]] } : {}),
    ...(options.compact ? { compact: true } : {}),
  };
}
