import "server-only";
// Bordered tables with the header row repeated on every page. Small tables wrap their cells
// (pdfkit's text layout); long lists ("compact") draw one line per row straight into the page's
// content stream: each distinct text is encoded once, a cell that does not fit is narrowed with
// horizontal scaling, and the grid is one path per page. That is what makes 60,000 rows take
// seconds instead of minutes.
import type { PdfKitFont } from "pdfkit";
import { fontPath } from "./fonts";
import { type Frame, newPage } from "./frame";
import type { ReportBlock, ReportColumn } from "../blocks";

type Table = Extract<ReportBlock, { kind: "table" }>;
/** Table text: 12 pt in tables that wrap, 11 pt on the one-line-per-row lists. */
const SIZE = 12;
const COMPACT = 11;
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
  const first = t.rows[0] ?? t.footer?.[0];
  const need =
    4 +
    measure(
      f,
      t.columns.map((c) => c.header),
      widths,
      true,
    ) +
    (first ? (t.compact ? COMPACT * 1.2 + 2 * PAD : measure(f, first, widths, false)) : 0);
  if (f.doc.y + need > f.bottom) newPage(f);
  else if (t.keepTogether && !t.compact) {
    // Kept together: over to the next page when the whole of it (and its tail) does not fit here.
    const whole = tableHeight(f, t) + tail;
    if (f.doc.y + whole > f.bottom && whole <= f.bottom - f.top) newPage(f);
  }
  f.doc.y += 4;
  drawHeader(f, t, widths);
  if (t.compact) return compactRows(f, t, widths, tail);
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

type Encoded = { hex: string; width: number };

/**
 * Glyph by glyph from the font's cmap, each character encoded once (text in NFC, so every
 * Vietnamese letter is one precomposed glyph): no shaping per row, which is most of pdfkit's time.
 */
function encoder(font: PdfKitFont) {
  const glyphs = new Map<string, { hex: string; adv: number }>();
  const glyph = (ch: string) => {
    let g = glyphs.get(ch);
    if (!g) {
      const [hex, pos] = font.encode(ch);
      g = { hex: hex.join(""), adv: pos.reduce((s, p) => s + p.xAdvance, 0) };
      glyphs.set(ch, g);
    }
    return g;
  };
  return (text: string): Encoded => {
    let hex = "";
    let w = 0;
    for (const ch of text.normalize("NFC")) {
      const g = glyph(ch);
      hex += g.hex;
      w += g.adv;
    }
    return { hex, width: (w * COMPACT) / 1000 };
  };
}

const n = (v: number) => (Math.round(v * 100) / 100).toString();

function compactRows(f: Frame, t: Table, widths: number[], tail: number) {
  const rowH = COMPACT * 1.2 + 2 * PAD;
  const fonts = { R: f.doc.font(fontPath("R"))._font, B: f.doc.font(fontPath("B"))._font };
  const enc = { R: encoder(fonts.R), B: encoder(fonts.B) };
  const xs = widths.reduce<number[]>((acc, w) => [...acc, acc[acc.length - 1] + w], [f.left]);
  const all = [...t.rows.map((r) => ({ r, b: false })), ...(t.footer ?? []).map((r) => ({ r, b: true }))];
  let i = 0;
  while (i < all.length) {
    const H = f.doc.page.height;
    const top = f.doc.y;
    let fit = Math.max(1, Math.floor((f.bottom - top) / rowH));
    // The last rows fit here but the signature after them does not: keep two rows for the next page.
    const left = all.length - i;
    if (tail > 0 && left <= fit && top + left * rowH + 6 + tail > f.bottom)
      fit = Math.max(left > 1 ? 1 : 0, left - 2);
    const slice = all.slice(i, i + fit);
    const text: string[] = ["q", `1 0 0 -1 0 ${n(H)} cm`, "BT"];
    const grid: string[] = [];
    let current = "";
    slice.forEach(({ r, b }, k) => {
      const y = top + k * rowH;
      const key = b ? "B" : "R";
      if (current !== key) {
        text.push(`/${fonts[key].id} ${COMPACT} Tf`);
        f.doc.page.fonts[fonts[key].id] ??= fonts[key].ref();
        current = key;
      }
      const base = H - (y + PAD) - (fonts[key].ascender * COMPACT) / 1000;
      for (let j = 0; j < widths.length; j++) {
        const cell = r[j];
        if (!cell) continue;
        const e = enc[key](cell);
        const room = widths[j] - 2 * PAD;
        const scale = e.width > room ? Math.max(50, Math.floor((room / e.width) * 100)) : 100;
        const w = (e.width * scale) / 100;
        const align = t.columns[j].align ?? "left";
        const x = xs[j] + PAD + (align === "center" ? (room - w) / 2 : align === "right" ? room - w : 0);
        text.push(`${scale} Tz 1 0 0 1 ${n(x)} ${n(base)} Tm <${e.hex}> Tj`);
      }
      grid.push(`${n(f.left)} ${n(y + rowH)} m ${n(f.left + f.width)} ${n(y + rowH)} l`);
    });
    text.push("100 Tz ET Q");
    const bottom = top + slice.length * rowH;
    for (const x of xs) grid.push(`${n(x)} ${n(top)} m ${n(x)} ${n(bottom)} l`);
    f.doc.addContent(text.join("\n"));
    f.doc.addContent(`${LINE} w\n${grid.join("\n")}\nS`);
    f.doc.y = bottom;
    i += slice.length;
    if (i < all.length) {
      newPage(f);
      drawHeader(f, t, widths);
    }
  }
  f.doc.y += 6;
}
