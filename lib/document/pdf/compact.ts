import "server-only";
// The fast path for long lists ("compact" tables, one line per row), written straight into each
// page's content stream with pdfkit's lower-level API, as pdfkit's own text() would draw it:
// - each distinct cell text is encoded and measured once (the glyphs of the font's cmap, text in NFC
//   so every Vietnamese letter is one precomposed glyph): amounts, "Nợ", "–" and dates repeat
//   thousands of times, and shaping per string was most of pdfkit's time;
// - a cell that does not fit is narrowed with horizontal scaling (Tz, written only when it changes)
//   and each cell is placed with a relative move (Td), its glyphs a literal string (two bytes a glyph,
//   not four): the stream, and its deflate, stay small;
// - the header row is laid out (and wrapped) by pdfkit once, then its drawing is replayed on every
//   following page;
// - rows come one at a time from the table (its row source, or rows and boldRows; then the footer),
//   bold rows in the bold face;
// - the grid is one path per page;
// - each page's content is deflated at zlib level 1 (fast-deflate.ts).
import type { PdfKitDoc, PdfKitFont } from "pdfkit";
import { fastDeflatePage } from "./fast-deflate";
import { fontPath } from "./fonts";
import { type Frame, newPage } from "./frame";
import { type ReportBlock, rowSourceOf } from "../blocks";

type Table = Extract<ReportBlock, { kind: "table" }>;
/** Text size on the one-line-per-row lists. */
export const COMPACT = 11;
const PAD = 3;
const LINE = 0.6;

/** `hex`: the glyph ids as a hex string <…>; `lit`: the same as a literal string (…), half the bytes. */
type Encoded = { hex: string; lit: string; /** width at 1 pt */ width: number };

/** Two-byte glyph ids (hex) as the bytes of a PDF literal string, escaped where the syntax needs it. */
function literal(hex: string) {
  let s = "";
  for (let i = 0; i < hex.length; i += 2) {
    const b = parseInt(hex.slice(i, i + 2), 16);
    s +=
      b === 0x28 || b === 0x29 || b === 0x5c
        ? `\\${String.fromCharCode(b)}`
        : b === 0x0a
          ? "\\n"
          : b === 0x0d
            ? "\\r"
            : String.fromCharCode(b);
  }
  return s;
}

/** Encodes (glyph ids as hex) and measures a string in `font`; each text and each glyph once. */
export function textEncoder(font: PdfKitFont) {
  const glyphs = new Map<string, Encoded>();
  const texts = new Map<string, Encoded>();
  const glyph = (ch: string) => {
    let g = glyphs.get(ch);
    if (!g) {
      const [hex, pos] = font.encode(ch);
      const h = hex.join("");
      g = { hex: h, lit: literal(h), width: pos.reduce((s, p) => s + p.xAdvance, 0) / 1000 };
      glyphs.set(ch, g);
    }
    return g;
  };
  return (text: string): Encoded => {
    let e = texts.get(text);
    if (e) return e;
    let hex = "";
    let lit = "";
    let width = 0;
    for (const ch of text.normalize("NFC")) {
      const g = glyph(ch);
      hex += g.hex;
      lit += g.lit;
      width += g.width;
    }
    e = { hex, lit, width };
    // Names are mostly distinct: keep the cache to the texts that can repeat.
    if (texts.size < 100_000) texts.set(text, e);
    return e;
  };
}

/** A number as the content stream writes it (two decimals at most). */
export const num = (v: number) => (Math.round(v * 100) / 100).toString();

/** Raw content into the current page, already in bytes (pdfkit would convert a string char by char). */
export function writeRaw(doc: PdfKitDoc, ops: string) {
  doc.page.write(Buffer.from(`${ops}\n`, "latin1"));
}

/** Draws the header row once with `draw`, recording what it writes, and replays it on later pages. */
function headerReplay(f: Frame, draw: () => void) {
  let recorded: { chunks: Buffer; fonts: [string, unknown][]; height: number } | null = null;
  return () => {
    if (recorded) {
      const r = recorded;
      f.doc.page.write(r.chunks);
      for (const [id, ref] of r.fonts) f.doc.page.fonts[id] ??= ref;
      f.doc.y += r.height;
      return;
    }
    const page = f.doc.page;
    const chunks: Buffer[] = [];
    const write = page.write.bind(page);
    page.write = (c: string | Uint8Array) => {
      chunks.push(typeof c === "string" ? Buffer.from(`${c}\n`, "latin1") : Buffer.from(c));
      return write(c);
    };
    const top = f.doc.y;
    try {
      draw();
    } finally {
      page.write = write;
    }
    recorded = { chunks: Buffer.concat(chunks), fonts: Object.entries(page.fonts), height: f.doc.y - top };
  };
}

/** The table's rows in order: the body (bold where boldRows says), then the footer in bold. */
function* rowsOf(t: Table): Generator<{ r: string[]; b: boolean }> {
  const source = rowSourceOf(t);
  if (source) for (const { cells, bold } of source.rows()) yield { r: cells, b: bold };
  else {
    const bold = new Set(t.boldRows ?? []);
    for (let i = 0; i < t.rows.length; i++) yield { r: t.rows[i], b: bold.has(i) };
  }
  for (const r of t.footer ?? []) yield { r, b: true };
}

/** How many rows rowsOf gives. */
export const rowCount = (t: Table) => (rowSourceOf(t)?.count ?? t.rows.length) + (t.footer?.length ?? 0);

/**
 * The rows of a compact table under its header, which `header` draws (already drawn on this page).
 * `tail`: the height of what must follow the last row on its page (the signatures).
 */
export function compactRows(f: Frame, t: Table, widths: number[], tail: number, header: () => void) {
  const rowH = COMPACT * 1.2 + 2 * PAD;
  const fonts = { R: f.doc.font(fontPath("R"))._font, B: f.doc.font(fontPath("B"))._font };
  const enc = { R: textEncoder(fonts.R), B: textEncoder(fonts.B) };
  const xs = widths.reduce<number[]>((acc, w) => [...acc, acc[acc.length - 1] + w], [f.left]);
  const aligns = t.columns.map((c) => c.align ?? "left");
  const replay = headerReplay(f, header);
  const total = rowCount(t);
  const rows = rowsOf(t);
  let i = 0;
  while (i < total) {
    fastDeflatePage(f.doc);
    const H = f.doc.page.height;
    const top = f.doc.y;
    let fit = Math.max(1, Math.floor((f.bottom - top) / rowH));
    // The last rows fit here but the signature after them does not: keep two rows for the next page.
    const left = total - i;
    if (tail > 0 && left <= fit && top + left * rowH + 6 + tail > f.bottom)
      fit = Math.max(left > 1 ? 1 : 0, left - 2);
    const count = Math.min(fit, left);
    const text: string[] = ["q", `1 0 0 -1 0 ${num(H)} cm`, "BT"];
    const grid: string[] = [];
    let face = "";
    let scale = -1;
    // Where the last Td left the text line matrix (text space = page space, PDF's upward y).
    let lx = 0;
    let ly = 0;
    for (let k = 0; k < count; k++) {
      const { r, b } = rows.next().value as { r: string[]; b: boolean };
      const y = top + k * rowH;
      const key = b ? "B" : "R";
      if (face !== key) {
        text.push(`/${fonts[key].id} ${COMPACT} Tf`);
        f.doc.page.fonts[fonts[key].id] ??= fonts[key].ref();
        face = key;
      }
      const base = Number(num(H - (y + PAD) - (fonts[key].ascender * COMPACT) / 1000));
      for (let j = 0; j < widths.length; j++) {
        const cell = r[j];
        if (!cell) continue;
        const e = enc[key](cell);
        const width = e.width * COMPACT;
        const room = widths[j] - 2 * PAD;
        const s = width > room ? Math.max(50, Math.floor((room / width) * 100)) : 100;
        const w = (width * s) / 100;
        const a = aligns[j];
        const x = Number(num(xs[j] + PAD + (a === "center" ? (room - w) / 2 : a === "right" ? room - w : 0)));
        if (s !== scale) {
          text.push(`${s} Tz`);
          scale = s;
        }
        text.push(`${num(x - lx)} ${num(base - ly)} Td (${e.lit}) Tj`);
        lx = x;
        ly = base;
      }
      grid.push(`${num(f.left)} ${num(y + rowH)} m ${num(f.left + f.width)} ${num(y + rowH)} l`);
    }
    text.push("100 Tz ET Q");
    const bottom = top + count * rowH;
    for (const x of xs) grid.push(`${num(x)} ${num(top)} m ${num(x)} ${num(bottom)} l`);
    writeRaw(f.doc, text.join("\n"));
    writeRaw(f.doc, `${LINE} w\n${grid.join("\n")}\nS`);
    f.doc.y = bottom;
    i += count;
    if (i < total) {
      newPage(f);
      replay();
    }
  }
  f.doc.y += 6;
}
