import "server-only";
// The union document layout (QĐ 933/QĐ-TLĐ) as a Word file: A4, Times New Roman 13 pt, margins
// 20/15/20/25 mm, the two-column borderless header table, title and trích yếu, body, signatures
// with "Nơi nhận" on their left, page numbers from page 2 at the top centre.
// Word and LibreOffice both substitute a metric-compatible serif where Times New Roman is missing.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type IParagraphOptions,
} from "docx";
import { issueLine } from "../blocks";

export const DOCX_FONT = "Times New Roman";
const MM = 56.7; // twips per millimetre
const NONE = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};
const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" } as const;
const GRID = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};
/** Text width of a portrait A4 page between the margins below (210 − 25 − 15 mm), in twips. */
const PORTRAIT_WIDTH = Math.round(170 * MM);

/** Text width between the margins in twips: 170 mm on a portrait A4 page, 257 mm (297 − 25 − 15) on a landscape one. */
export function contentWidth(orientation: "portrait" | "landscape" = "portrait") {
  return orientation === "landscape" ? Math.round(257 * MM) : PORTRAIT_WIDTH;
}
/** Column widths in twips from percentages: Word honours percentages, LibreOffice wants a grid. */
const grid = (pcts: number[], total: number) => pcts.map((p) => Math.round((p / 100) * total));

export type DocxUnit = { name: string; parentName: string; placeName: string };
export type DocxSignature = { lead?: string; title: string; name?: string };
type Keep = { keepNext?: boolean };

type RunStyle = { bold?: boolean; italic?: boolean; size?: number; allCaps?: boolean };
/** A paragraph of one run (sizes in pt). */
export function para(text: string, style: RunStyle = {}, opts: Omit<IParagraphOptions, "children"> = {}) {
  return new Paragraph({
    spacing: { after: 60 },
    ...opts,
    children: [
      new TextRun({
        text,
        font: DOCX_FONT,
        bold: style.bold,
        italics: style.italic,
        allCaps: style.allCaps,
        size: (style.size ?? 13) * 2,
      }),
    ],
  });
}
export const centered = (text: string, style: RunStyle = {}) =>
  para(text, style, { alignment: AlignmentType.CENTER, spacing: { after: 0 } });
export const heading = (text: string) => para(text, { bold: true }, { spacing: { before: 120, after: 60 } });
export const body = (text: string, opts: Keep = {}) =>
  para(text, {}, { alignment: AlignmentType.JUSTIFIED, ...opts });
/** A short centred rule under a header line. */
const rule = (widthMm: number) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 60 },
    indent: { left: 0 },
    children: [new TextRun({ text: "\u2500".repeat(Math.round(widthMm / 2.2)), font: DOCX_FONT, size: 16 })],
  });

function cell(children: Paragraph[], widthPct: number, total: number) {
  return new TableCell({
    children,
    width: { size: Math.round((widthPct / 100) * total), type: WidthType.DXA },
    borders: NO_BORDERS,
  });
}

function header(unit: DocxUnit, number: string | undefined, date: Date | null, total: number) {
  const left = [
    centered(unit.parentName.toUpperCase()),
    centered(unit.name.toUpperCase(), { bold: true }),
    rule(25),
  ];
  if (number) left.push(centered(`Số: ${number}`));
  const right = [
    centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: 12 }),
    centered("Độc lập - Tự do - Hạnh phúc", { bold: true }),
    rule(50),
    centered(issueLine(unit.placeName, date), { italic: true }),
  ];
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: grid([40, 60], total),
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, 40, total), cell(right, 60, total)] })],
  });
}

/** "Nơi nhận:" and its lines, for the bottom-left column beside the signature. */
function recipientLines(items: string[]) {
  return [
    para("Nơi nhận:", { bold: true, italic: true, size: 12 }, { spacing: { after: 0 }, keepNext: true }),
    ...items.map((r) => para(`- ${r}`, { size: 11 }, { spacing: { after: 0 }, keepNext: true })),
  ];
}

/**
 * Signatures side by side (a single one sits on the right, with "Nơi nhận" on its left level with
 * the signer's first line); `total`: contentWidth() of the page. The row never splits over pages.
 */
export function signatures(
  right: DocxSignature,
  left?: DocxSignature,
  total = PORTRAIT_WIDTH,
  recipients?: string[],
) {
  const leadLine = Boolean(left?.lead || right.lead);
  const line = (text: string, bold = true) =>
    para(
      text,
      { bold },
      { alignment: AlignmentType.CENTER, spacing: { after: 0 }, keepNext: true, keepLines: true },
    );
  const block = (s?: DocxSignature) => {
    if (!s) return recipients?.length ? recipientLines(recipients) : [line("", false)];
    const lines = [...(leadLine ? [s.lead ?? ""] : []), s.title].map((t) => line(t.toUpperCase()));
    return [...lines, line("", false), line("", false), line("", false), line(s.name ?? "")];
  };
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: grid([50, 50], total),
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [cell(block(left), 50, total), cell(block(right), 50, total)],
      }),
    ],
  });
}

type TableOptions = {
  /** Alignment per column ("left" when not given). */
  align?: ("left" | "center" | "right")[];
  /** Indexes of rows printed bold (group headings, "Tổng cộng"). */
  bold?: Set<number>;
  /** The last rows keep with what follows (the signature): Word's "keep with next". */
  keepLast?: boolean;
  /** Every row keeps with the next: the table is never split over two pages. */
  keepAll?: boolean;
};
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** A bordered data table; the first row is the header and repeats on each page. `total`: contentWidth() of the page. */
export function dataTable(
  headers: string[],
  rows: string[][],
  widths?: number[],
  total = PORTRAIT_WIDTH,
  opts: TableOptions = {},
) {
  const w = widths ?? headers.map(() => 100 / headers.length);
  const row = (cells: string[], isHeader: boolean, bold: boolean, keepNext: boolean) =>
    new TableRow({
      tableHeader: isHeader,
      cantSplit: true,
      children: cells.map(
        (text, i) =>
          new TableCell({
            width: { size: Math.round((w[i] / 100) * total), type: WidthType.DXA },
            borders: { top: LINE, bottom: LINE, left: LINE, right: LINE },
            children: [
              para(
                text,
                { bold: isHeader || bold, size: 12 },
                {
                  alignment: isHeader ? AlignmentType.CENTER : ALIGN[opts.align?.[i] ?? "left"],
                  spacing: { after: 0 },
                  keepNext: isHeader || keepNext,
                },
              ),
            ],
          }),
      ),
    });
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: grid(w, total),
    borders: GRID,
    rows: [
      row(headers, true, false, true),
      ...rows.map((r, i) =>
        row(
          r,
          false,
          opts.bold?.has(i) ?? false,
          Boolean(opts.keepAll && i < rows.length - 1) || (Boolean(opts.keepLast) && i >= rows.length - 2),
        ),
      ),
    ],
  });
}

export type UnionDocxInput = {
  unit: DocxUnit;
  number?: string;
  date: Date | null;
  title: string;
  subtitle?: string;
  fileTitle?: string;
  orientation?: "portrait" | "landscape";
  /** Paragraphs and tables (para, heading, body, dataTable, signatures …). */
  children: FileChild[];
  recipients?: string[];
};

export async function buildUnionDocx(input: UnionDocxInput): Promise<Uint8Array> {
  const titleBlock = [
    para(
      input.title.toUpperCase(),
      { bold: true, size: 14 },
      { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 0 } },
    ),
  ];
  if (input.subtitle)
    titleBlock.push(
      para(input.subtitle, { bold: true }, { alignment: AlignmentType.CENTER, spacing: { after: 200 } }),
    );
  const recipients = input.recipients?.length ? [para("", {}), ...recipientLines(input.recipients)] : [];
  const doc = new Document({
    creator: "Sổ Công đoàn",
    title: input.fileTitle ?? input.title,
    styles: { default: { document: { run: { font: DOCX_FONT, size: 26 } } } },
    sections: [
      {
        properties: {
          // Page numbers from page 2: the first page has its own (empty) header.
          titlePage: true,
          page: {
            size: { orientation: input.orientation === "landscape" ? "landscape" : "portrait" },
            margin: { top: 20 * MM, bottom: 20 * MM, left: 25 * MM, right: 15 * MM },
          },
        },
        headers: {
          first: new Header({ children: [] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: DOCX_FONT, size: 26 })],
              }),
            ],
          }),
        },
        children: [
          header(input.unit, input.number, input.date, contentWidth(input.orientation)),
          ...titleBlock,
          ...input.children,
          ...recipients,
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
