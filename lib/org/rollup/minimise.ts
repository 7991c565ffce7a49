// The small-cell rule of the roll-up (decision 0088): in a CĐCS's row, a welfare category with 1 or
// 2 cases in the year is not shown under its name (in a small unit "1 lượt Hiếu" or "1 lượt ốm đau
// dài ngày" points at a person); its cases and đồng go into the row's "Khác (gộp)" instead. The
// row's total stays exact, the category columns' totals sum only what is shown, so no subtraction
// recovers a withheld category. Pure and client-safe.

/** Cells with fewer cases than this (and more than none) are withheld under their category. */
export const SMALL_CELL = 3;

export type Tally = { count: number; amount: number };

export function isSmallCell(count: number): boolean {
  return count > 0 && count < SMALL_CELL;
}

/** One CĐCS's categories: what is shown under each (null = withheld), the merged rest and the total. */
export function minimiseRow(cells: Tally[]): { shown: (Tally | null)[]; merged: Tally; total: Tally } {
  const add = (a: Tally, b: Tally) => ({ count: a.count + b.count, amount: a.amount + b.amount });
  const zero = { count: 0, amount: 0 };
  const shown = cells.map((c) => (isSmallCell(c.count) ? null : c));
  const merged = cells.filter((c) => isSmallCell(c.count)).reduce(add, zero);
  const total = cells.reduce(add, zero);
  return { shown, merged, total };
}
