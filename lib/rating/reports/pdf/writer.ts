import "server-only";
// The rating reports as PDF, drawn with pdfkit (the engine under react-pdf) in the union document
// layout of lib/pdf: the same DejaVu Serif, sizes, margins, header, signatures and page numbers.
// react-pdf lays out every row as a flex box and took minutes for 2,000 table rows; the TỔNG HỢP of
// 60,000 members needs seconds, and the one-click PDF puts several documents in one file.
// See docs/decisions/0055-rating-reports-one-layout.md.
import PDFDocument, { type PdfKitDoc } from "pdfkit";
import { placeAndDate } from "@/lib/format";
import { fontPath, type FontKey } from "./fonts";
import { type Frame, margins, MM, newPage } from "./frame";
import { drawTable } from "./table";
import type { ReportBlock, ReportDoc, ReportSignature } from "../blocks";

const BODY = 12;
const LINE_GAP = 2.5;

/** Text at (x, y) in a box of `width`; returns the y below it. */
function line(
  f: Frame,
  text: string,
  font: FontKey,
  size: number,
  x: number,
  y: number,
  width: number,
  align: "left" | "center" | "justify" = "center",
) {
  f.doc.font(fontPath(font)).fontSize(size).text(text, x, y, { width, align, lineGap: LINE_GAP });
  return f.doc.y;
}

function rule(f: Frame, cx: number, y: number, w: number) {
  f.doc
    .lineWidth(0.8)
    .moveTo(cx - w / 2, y)
    .lineTo(cx + w / 2, y)
    .stroke();
}

function header(f: Frame, d: ReportDoc) {
  const lw = f.width * 0.4;
  const rw = f.width * 0.6;
  let ly = f.top;
  ly = line(f, d.unit.parentName.toUpperCase(), "R", 11, f.left, ly, lw);
  ly = line(f, d.unit.name.toUpperCase(), "B", 11, f.left, ly, lw);
  rule(f, f.left + lw / 2, ly + 1, 70);
  ly += 8;
  if (d.number) ly = line(f, `Số: ${d.number}`, "R", 11, f.left, ly, lw);
  let ry = f.top;
  ry = line(f, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "B", 11, f.left + lw, ry, rw);
  ry = line(f, "Độc lập - Tự do - Hạnh phúc", "B", 11, f.left + lw, ry, rw);
  rule(f, f.left + lw + rw / 2, ry + 1, 150);
  ry = line(f, placeAndDate(d.unit.placeName, d.date), "I", 11, f.left + lw, ry + 5, rw);
  let y = Math.max(ly, ry) + 14;
  y = line(f, d.title.toUpperCase(), "B", 14, f.left, y + 6, f.width);
  y = d.subtitle ? line(f, d.subtitle, "B", 13, f.left, y, f.width) + 10 : y + 10;
  f.doc.y = y;
}

function ensure(f: Frame, height: number) {
  if (f.doc.y + height > f.bottom) newPage(f);
}

function signatures(f: Frame, left: ReportSignature | undefined, right: ReportSignature) {
  const leadLine = Boolean(left?.lead || right.lead);
  ensure(f, 18 + (leadLine ? 2 : 1) * 17 + 60 + 17);
  const top = f.doc.y + 18;
  const w = f.width * 0.45;
  const draw = (s: ReportSignature, x: number) => {
    let y = top;
    if (leadLine) y = line(f, (s.lead ?? " ").toUpperCase(), "B", BODY, x, y, w);
    y = line(f, s.title.toUpperCase(), "B", BODY, x, y, w);
    return line(f, s.name ?? "", "B", BODY, x, y + 60, w);
  };
  const yl = left ? draw(left, f.left) : top;
  const yr = draw(right, f.left + f.width - w);
  f.doc.y = Math.max(yl, yr);
}

function block(f: Frame, b: ReportBlock) {
  const x = f.left;
  switch (b.kind) {
    case "heading":
      ensure(f, 40);
      f.doc.y = line(f, b.text, "B", BODY, x, f.doc.y + 6, f.width, "left") + 2;
      return;
    case "paragraph":
      ensure(f, 18);
      f.doc.y =
        line(
          f,
          b.text,
          b.bold ? (b.italic ? "BI" : "B") : b.italic ? "I" : "R",
          BODY,
          x,
          f.doc.y,
          f.width,
          "justify",
        ) + 2;
      return;
    case "table":
      drawTable(f, b);
      return;
    case "signatures":
      signatures(f, b.left, b.right);
      return;
    case "recipients":
      ensure(f, 20 + 13 * b.items.length);
      f.doc.y = line(f, "Nơi nhận:", "BI", 10, x, f.doc.y + 12, f.width, "left");
      for (const item of b.items) f.doc.y = line(f, `- ${item}`, "R", 10, x, f.doc.y, f.width, "left");
      return;
    case "pageBreak":
      newPage(f);
  }
}

/** "x/y" at the foot of every page of each document that has more than one page. */
function pageNumbers(doc: PdfKitDoc, ranges: { start: number; count: number }[]) {
  doc.font(fontPath("R")).fontSize(9).fillColor("#444");
  for (const r of ranges) {
    if (r.count < 2) continue;
    for (let i = 0; i < r.count; i++) {
      doc.switchToPage(r.start + i);
      const { width, height, margins: m } = doc.page;
      const bottom = m.bottom;
      m.bottom = 0; // writing in the margin must not open a new page
      doc.text(`${i + 1}/${r.count}`, 0, height - 8 * MM - 9, { width, align: "center", lineBreak: false });
      m.bottom = bottom;
    }
  }
  doc.fillColor("#000");
}

/** One or more reports in one PDF file, each starting on a new page with its own header. */
export async function renderReportsPdf(docs: ReportDoc[]): Promise<Uint8Array> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    font: fontPath("R"),
    compress: true,
    info: { Title: docs[0]?.title ?? "", Creator: "Sổ Công đoàn" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c) => chunks.push(c));
  const ended = new Promise<void>((resolve) => doc.on("end", resolve));
  const ranges: { start: number; count: number }[] = [];
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
    const start = doc.bufferedPageRange().count;
    newPage(f);
    header(f, d);
    for (const b of d.blocks) block(f, b);
    ranges.push({ start, count: doc.bufferedPageRange().count - start });
  }
  pageNumbers(doc, ranges);
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}
