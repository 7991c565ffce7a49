import "server-only";
// Papers as PDF, drawn with pdfkit in the union document layout (QĐ 933/QĐ-TLĐ): Tinos (metric-
// compatible with Times New Roman, full Vietnamese) embedded, 13 pt body, 14 pt title, A4 margins,
// the two-column header, the issue date, signatures that never stand alone on a page, "Nơi nhận"
// bottom left level with the signer, page numbers from page 2 at the top centre. pdfkit writes the
// TỔNG HỢP of 60,000 members in seconds (react-pdf took minutes for 2,000 rows), and one file can
// hold several papers. See docs/decisions/0055 and 0064.
import PDFDocument, { type PdfKitDoc } from "pdfkit";
import { num, textEncoder, writeRaw } from "./compact";
import { fontPath, type FontKey } from "./fonts";
import { type Frame, margins, MM, newPage } from "./frame";
import { drawTable, tableHeight } from "./table";
import {
  issueLine,
  layoutBlocks,
  type ReportBlock,
  type ReportDoc,
  type SignatureBlock,
  type ReportSignature,
} from "../blocks";

const BODY = 13;
const HEAD = 13;
const LINE_GAP = 2;
/** The space left for the handwritten signature and the seal. */
const SIGN_SPACE = 62;
const SIGN_GAP = 16;
const RECIPIENTS = { title: 12, item: 11 };

type Align = "left" | "center" | "justify";

/** Text at (x, y) in a box of `width`; returns the y below it. */
function line(
  f: Frame,
  text: string,
  font: FontKey,
  size: number,
  x: number,
  y: number,
  width: number,
  align: Align = "center",
) {
  f.doc.font(fontPath(font)).fontSize(size).text(text, x, y, { width, align, lineGap: LINE_GAP });
  return f.doc.y;
}

function heightOf(f: Frame, text: string, font: FontKey, size: number, width: number) {
  return f.doc.font(fontPath(font)).fontSize(size).heightOfString(text, { width, lineGap: LINE_GAP });
}

function rule(f: Frame, cx: number, y: number, w: number) {
  f.doc
    .lineWidth(0.8)
    .moveTo(cx - w / 2, y)
    .lineTo(cx + w / 2, y)
    .stroke();
}

function header(f: Frame, d: ReportDoc) {
  const lw = f.width * 0.42;
  const rw = f.width * 0.58;
  let ly = f.top;
  ly = line(f, d.unit.parentName.toUpperCase(), "R", HEAD, f.left, ly, lw);
  ly = line(f, d.unit.name.toUpperCase(), "B", HEAD, f.left, ly, lw);
  rule(f, f.left + lw / 2, ly + 1, 70);
  ly += 8;
  if (d.number) ly = line(f, `Số: ${d.number}`, "R", HEAD, f.left, ly, lw);
  let ry = f.top;
  ry = line(f, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "B", 12, f.left + lw, ry, rw);
  ry = line(f, "Độc lập - Tự do - Hạnh phúc", "B", HEAD, f.left + lw, ry, rw);
  rule(f, f.left + lw + rw / 2, ry + 1, 160);
  ry = line(f, issueLine(d.unit.placeName, d.date), "I", HEAD, f.left + lw, ry + 6, rw);
  let y = Math.max(ly, ry) + 14;
  y = line(f, d.title.toUpperCase(), "B", 14, f.left, y + 6, f.width);
  y = d.subtitle ? line(f, d.subtitle, "B", BODY, f.left, y, f.width) + 10 : y + 10;
  f.doc.y = y;
}

function ensure(f: Frame, height: number) {
  if (f.doc.y + height > f.bottom) newPage(f);
}

const sigWidth = (f: Frame) => f.width * 0.48;
const leadLineOf = (b: SignatureBlock) => Boolean(b.left?.lead || b.right.lead);

/** The height of one signatures block as signatures() draws it. */
function signaturesHeight(f: Frame, b: SignatureBlock) {
  const w = sigWidth(f);
  const one = (s: ReportSignature) =>
    (leadLineOf(b) ? heightOf(f, (s.lead ?? " ").toUpperCase(), "B", BODY, w) : 0) +
    heightOf(f, s.title.toUpperCase(), "B", BODY, w) +
    SIGN_SPACE +
    heightOf(f, s.name || " ", "B", BODY, w);
  const recipients = b.recipients
    ? heightOf(f, "Nơi nhận:", "BI", RECIPIENTS.title, w) +
      b.recipients.reduce((h, r) => h + heightOf(f, `- ${r}`, "R", RECIPIENTS.item, w), 0)
    : 0;
  return SIGN_GAP + Math.max(one(b.right), b.left ? one(b.left) : 0, recipients);
}

/** Signatures side by side (one alone on the right); "Nơi nhận" on the left, level with the lead line. */
function signatures(f: Frame, b: SignatureBlock) {
  ensure(f, signaturesHeight(f, b));
  const top = f.doc.y + SIGN_GAP;
  const w = sigWidth(f);
  const lead = leadLineOf(b);
  const draw = (s: ReportSignature, x: number) => {
    let y = top;
    if (lead) y = line(f, (s.lead ?? " ").toUpperCase(), "B", BODY, x, y, w);
    y = line(f, s.title.toUpperCase(), "B", BODY, x, y, w);
    return line(f, s.name || " ", "B", BODY, x, y + SIGN_SPACE, w);
  };
  let yl = top;
  if (b.left) yl = draw(b.left, f.left);
  else if (b.recipients) {
    yl = line(f, "Nơi nhận:", "BI", RECIPIENTS.title, f.left, top, w, "left");
    for (const item of b.recipients) yl = line(f, `- ${item}`, "R", RECIPIENTS.item, f.left, yl, w, "left");
  }
  const yr = draw(b.right, f.left + f.width - w);
  f.doc.y = Math.max(yl, yr);
}

const paragraphFont = (b: Extract<ReportBlock, { kind: "paragraph" }>): FontKey =>
  b.bold ? (b.italic ? "BI" : "B") : b.italic ? "I" : "R";

/** The height of the signatures that follow block i (a run of signatures blocks), or 0. */
function signaturesAfter(f: Frame, blocks: ReportBlock[], i: number) {
  let h = 0;
  for (let j = i + 1; j < blocks.length && blocks[j].kind === "signatures"; j++)
    h += signaturesHeight(f, blocks[j] as SignatureBlock);
  return h;
}

/** How much of the block after a heading must fit with it. */
function headingFollower(f: Frame, blocks: ReportBlock[], i: number) {
  const next = blocks[i + 1];
  if (next?.kind !== "table") return 0;
  if (!next.keepTogether || next.compact) return 50;
  // The whole table, and the signature it keeps with.
  const whole = tableHeight(f, next) + signaturesAfter(f, blocks, i + 1);
  return whole + 40 <= f.bottom - f.top ? whole : 50;
}

function block(f: Frame, blocks: ReportBlock[], i: number) {
  const b = blocks[i];
  const x = f.left;
  // What must stay on the page with this block: the signatures right after it.
  const tail = b.kind === "signatures" ? 0 : signaturesAfter(f, blocks, i);
  switch (b.kind) {
    case "heading":
      // A heading keeps with the start of what follows it (two lines, or a table's first rows, or
      // the whole of a table kept together).
      ensure(f, 40 + headingFollower(f, blocks, i) + tail);
      f.doc.y = line(f, b.text, "B", BODY, x, f.doc.y + 6, f.width, "left") + 2;
      return;
    case "paragraph": {
      const h = heightOf(f, b.text, paragraphFont(b), BODY, f.width) + 2;
      // The signature takes the last lines with it: the paragraph moves over when both do not fit.
      ensure(f, tail > 0 && h + tail < f.bottom - f.top ? h + tail : Math.min(h, 18));
      f.doc.y = line(f, b.text, paragraphFont(b), BODY, x, f.doc.y, f.width, "justify") + 2;
      return;
    }
    case "table":
      drawTable(f, b, tail);
      return;
    case "signatures": {
      // A run of signatures stays together.
      const prev = blocks[i - 1];
      if (prev?.kind !== "signatures") ensure(f, signaturesHeight(f, b) + signaturesAfter(f, blocks, i));
      signatures(f, b);
      return;
    }
    case "recipients": {
      const w = f.width * 0.5;
      ensure(f, 20 + 14 * b.items.length);
      f.doc.y = line(f, "Nơi nhận:", "BI", RECIPIENTS.title, x, f.doc.y + 12, w, "left");
      for (const item of b.items) f.doc.y = line(f, `- ${item}`, "R", RECIPIENTS.item, x, f.doc.y, w, "left");
      return;
    }
    case "pageBreak":
      newPage(f);
  }
}

/**
 * The union layout's page numbers: from the second page of each paper, at the top centre, written
 * as each page opens (also the pages pdfkit opens itself for a long paragraph), so that a page is
 * finished and flushed to the file as soon as the next one starts: memory stays bounded however
 * long the paper. Drawn with raw text operators, as text() would place it, so that whatever font
 * pdfkit is laying out with at that moment is left alone.
 */
function pageNumbers(doc: PdfKitDoc) {
  const font = doc.font(fontPath("R"))._font;
  const encode = textEncoder(font);
  const paper = { page: 0 };
  doc.on("pageAdded", () => {
    paper.page += 1;
    if (paper.page < 2) return;
    const { width, height } = doc.page;
    const e = encode(String(paper.page));
    const x = num((width - e.width * BODY) / 2);
    const base = num(height - 9 * MM - (font.ascender * BODY) / 1000);
    doc.page.fonts[font.id] ??= font.ref();
    writeRaw(
      doc,
      `q 1 0 0 -1 0 ${num(height)} cm BT /${font.id} ${BODY} Tf 0 g ${x} ${base} Td <${e.hex}> Tj ET Q`,
    );
  });
  /** Call before each paper's first page. */
  return () => {
    paper.page = 0;
  };
}

/** One or more papers in one PDF file, each starting on a new page with its own header. */
export async function renderReportsPdf(docs: ReportDoc[]): Promise<Uint8Array> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: false,
    font: fontPath("R"),
    compress: true,
    info: { Title: docs[0]?.fileTitle ?? docs[0]?.title ?? "", Creator: "Sổ Công đoàn" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c) => chunks.push(c));
  const ended = new Promise<void>((resolve) => doc.on("end", resolve));
  const newPaper = pageNumbers(doc);
  for (const d of docs) {
    const landscape = d.orientation === "landscape";
    const pageW = landscape ? 841.89 : 595.28;
    const pageH = landscape ? 595.28 : 841.89;
    const m = margins(landscape);
    const f: Frame = {
      doc,
      left: m.left,
      width: pageW - m.left - m.right,
      top: m.top,
      bottom: pageH - m.bottom,
      landscape,
    };
    newPaper();
    newPage(f);
    header(f, d);
    const blocks = layoutBlocks(d.blocks);
    for (let i = 0; i < blocks.length; i++) block(f, blocks, i);
  }
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}
