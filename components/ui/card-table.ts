// A list drawn once (docs/decisions/0099-lists-drawn-once.md): one <table>, a table from md up and a
// column of cards below md. The rows' look is set once on the <tbody> (Tailwind's `*:` variant styles
// its children), not on every row: a row's classes are sent twice, in the HTML and the RSC payload.
// Keep explicit roles (table, rowgroup, row, columnheader, cell): once `display` changes, some
// browsers drop a table's implicit roles and a screen reader would no longer hear a table.

/** Around the table: a bordered panel from md up; nothing below md, where each card has its border. */
export const CARD_TABLE_BOX =
  "md:overflow-x-auto md:rounded-card md:border md:border-surface-line md:bg-white";
/** The <table>. */
export const CARD_TABLE = "w-full text-sm max-md:block";
/** The <tbody>: lines between rows from md up; below md a column of cards, one per row. */
export const CARD_TABLE_BODY =
  "*:border-surface-line md:*:border-b md:*:last:border-0 max-md:flex max-md:flex-col max-md:gap-2 max-md:*:relative max-md:*:rounded-card max-md:*:border max-md:*:bg-white max-md:*:p-3";
/** A header's or a cell's padding from md up (a card has its own). */
export const CARD_TABLE_CELL = "md:px-3 md:py-2";
