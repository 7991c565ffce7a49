import "server-only";
// Bordered tables with the header row repeated on every page. Small tables wrap their cells
// (pdfkit's text layout); long lists ("compact") draw one line per row straight into the page's
// content stream (compact.ts): that is what makes 60,000 rows take seconds instead of minutes.
import { COMPACT, compactRows, rowCount } from "./compact";
import { fontPath } from "./fonts";
import { type Frame, newPage } from "./frame";
import type { ReportBlock, ReportColumn } from "../blocks";

type Table = Extract<ReportBlock, { kind: "table" }>;
/** Table text: 12 pt in tables that wrap (11 pt on the one-line-per-row lists, see compact.ts). */
const SIZE = 12;
const PAD = 3;
const LINE = 0.6;

/**
 * Column widths from the relative ones, each at least as wide as the longest word of its header
 * ("STT", "TT" are never split over two lines); the room comes from the wider columns.
 */
function widthsOf(f: Frame, cols: ReportColumn[]) {
  const total = cols.reduce((s, c) => s + c.width, 0);
  const widths = cols.map((c) => (c.width / total) * f.width);
  f.doc.font(fontPath("B")).fontSize(SIZE);
  const min = cols.map(
    (c) => Math.max(...c.header.split(/\s+/).map((w) => f.doc.widthOfString(w))) + 2 * PAD + 1,
  );
  const short = widths.reduce((s, w, i) => s + Math.max(0, min[i] - w), 0);
  if (short <= 0) return widths;
  const spare = widths.reduce((s, w, i) => s + Math.max(0, w - min[i]), 0);
  if (spare < short) return widths;
  return widths.map((w, i) => (w < min[i] ? min[i] : w - ((w - min[i]) / spare) * short));
}

function measure(f: Frame, cells: string[], widths: number[], bold: boolean) {
  f.doc.font(fontPath(bold ? "B" : "R")).fontSize(SIZE);
  return (
    Math.max(
      ...cells.map((c, i) => (c ? f.doc.heightOfString(c, { width: widths[i] - 2 * PAD, lineGap: 1 }) : 0)),
      SIZE,
    ) +
    2 * PAD
  );
}

function drawRow(
  f: Frame,
  cells: string[],
  widths: number[],
  cols: ReportColumn[],
  bold: boolean,
  header: boolean,
) {
  const h = measure(f, cells, widths, bold);
  if (f.doc.y + h > f.bottom) return null;
  const y = f.doc.y;
  let x = f.left;
  f.doc.lineWidth(LINE);
  cells.forEach((c, i) => {
    f.doc.rect(x, y, widths[i], h).stroke();
    if (c)
      f.doc
        .font(fontPath(bold ? "B" : "R"))
        .fontSize(SIZE)
        .text(c, x + PAD, y + PAD, {
          width: widths[i] - 2 * PAD,
          align: header ? "center" : (cols[i].align ?? "left"),
          lineGap: 1,
        });
    x += widths[i];
  });
  f.doc.y = y + h;
  return h;
}

function drawHeader(f: Frame, t: Table, widths: number[]) {
  if (
    drawRow(
      f,
      t.columns.map((c) => c.header),
      widths,
      t.columns,
      true,
      true,
    ) === null
  ) {
    newPage(f);
    drawRow(
      f,
      t.columns.map((c) => c.header),
      widths,
      t.columns,
      true,
      true,
    );
  }
}

/** The height a wrapping table takes, from the space above it to the space below. */
export function tableHeight(f: Frame, t: Table) {
  const widths = widthsOf(f, t.columns);
  const bold = new Set(t.boldRows ?? []);
  const rows = [
    ...t.rows.map((r, i) => measure(f, r, widths, bold.has(i))),
    ...(t.footer ?? []).map((r) => measure(f, r, widths, true)),
  ];
  const header = measure(
    f,
    t.columns.map((c) => c.header),
    widths,
    true,
  );
  return 4 + header + rows.reduce((s, h) => s + h, 0) + 6;
}

/**
 * `tail`: the height of what must follow the last row on the same page (the signature block): when
 * it does not fit, the last row goes over to the next page with it, so the signature is never alone.
 */
export function drawTable(f: Frame, t: Table, tail = 0) {
  const widths = widthsOf(f, t.columns);
  // Start on a new page when not even the header and the first row fit.
  const first = t.compact ? rowCount(t) > 0 : (t.rows[0] ?? t.footer?.[0]);
  const need =
    4 +
    measure(
      f,
      t.columns.map((c) => c.header),
      widths,
      true,
    ) +
    (first ? (first === true ? COMPACT * 1.2 + 2 * PAD : measure(f, first, widths, false)) : 0);
  if (f.doc.y + need > f.bottom) newPage(f);
  else if (t.keepTogether && !t.compact) {
    // Kept together: over to the next page when the whole of it (and its tail) does not fit here.
    const whole = tableHeight(f, t) + tail;
    if (f.doc.y + whole > f.bottom && whole <= f.bottom - f.top) newPage(f);
  }
  f.doc.y += 4;
  drawHeader(f, t, widths);
  if (t.compact) return compactRows(f, t, widths, tail, () => drawHeader(f, t, widths));
  const bold = new Set(t.boldRows ?? []);
  const all = [
    ...t.rows.map((r, i) => ({ r, b: bold.has(i) })),
    ...(t.footer ?? []).map((r) => ({ r, b: true })),
  ];
  all.forEach(({ r, b }, i) => {
    const last = i === all.length - 1;
    if (last && tail > 0 && i > 0) {
      const h = measure(f, r, widths, b);
      if (f.doc.y + h + 6 + tail > f.bottom) {
        newPage(f);
        drawHeader(f, t, widths);
      }
    }
    if (drawRow(f, r, widths, t.columns, b, false) === null) {
      newPage(f);
      drawHeader(f, t, widths);
      drawRow(f, r, widths, t.columns, b, false);
    }
  });
  f.doc.y += 6;
}
