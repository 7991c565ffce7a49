import "server-only";
// A paper (ReportDoc) as a Word file, in the union layout of union-document.ts: the same blocks,
// in the same order, as the PDF and the print page.
import { type FileChild, Paragraph } from "docx";
import { layoutBlocks, type ReportBlock, type ReportDoc } from "../blocks";
import { body, buildUnionDocx, contentWidth, dataTable, heading, para, signatures } from "./union-document";

/**
 * The docx package builds the whole document in memory: 60,000 table rows took over 4 GB and
 * crashed. A Word file is for touching up a report before signing; a list that long stays in the
 * PDF and the print page, and the DOCX says so.
 */
export const DOCX_MAX_ROWS = 3000;

/** One block; `width` is the text width of the paper's pages (landscape for TỔNG HỢP). */
function toDocx(b: ReportBlock, width: number, beforeSignature: boolean): FileChild[] {
  // The last lines before a signature keep with it (Word's "keep with next").
  const keepNext = beforeSignature;
  switch (b.kind) {
    case "heading":
      return [heading(b.text)];
    case "paragraph":
      return [
        b.italic || b.bold
          ? para(b.text, { italic: b.italic, bold: b.bold }, { spacing: { after: 60 }, keepNext })
          : body(b.text, { keepNext }),
      ];
    case "table": {
      if (b.rows.length > DOCX_MAX_ROWS) {
        return [
          para(
            `(Bảng có ${b.rows.length} dòng, quá dài để soạn trong Word: xem bản PDF hoặc trang in của báo cáo này.)`,
            { italic: true },
            { keepNext },
          ),
        ];
      }
      const total = b.columns.reduce((s, c) => s + c.width, 0);
      const footer = b.footer ?? [];
      const bold = new Set([...(b.boldRows ?? []), ...footer.map((_, i) => b.rows.length + i)]);
      return [
        dataTable(
          b.columns.map((c) => c.header),
          [...b.rows, ...footer],
          b.columns.map((c) => (c.width / total) * 100),
          width,
          {
            align: b.columns.map((c) => c.align ?? "left"),
            bold,
            keepLast: keepNext,
            keepAll: b.keepTogether,
          },
        ),
      ];
    }
    case "signatures":
      // A paragraph before the signature: the space above it, and two tables never run together.
      return [
        para("", {}, { spacing: { before: 120, after: 0 }, keepNext: true }),
        signatures(b.right, b.left, width, b.recipients),
      ];
    case "pageBreak":
      return [new Paragraph({ pageBreakBefore: true, children: [] })];
    case "recipients":
      return [];
  }
}

export function buildReportDocx(d: ReportDoc) {
  const blocks = layoutBlocks(d.blocks);
  // A "Nơi nhận" with no single signature to sit beside stays at the end.
  const recipients = blocks.find(
    (b): b is Extract<ReportBlock, { kind: "recipients" }> => b.kind === "recipients",
  );
  const width = contentWidth(d.orientation);
  return buildUnionDocx({
    unit: d.unit,
    number: d.number,
    date: d.date,
    title: d.title,
    fileTitle: d.fileTitle,
    subtitle: d.subtitle,
    orientation: d.orientation,
    children: blocks.flatMap((b, i) => toDocx(b, width, blocks[i + 1]?.kind === "signatures")),
    recipients: recipients?.items,
  });
}
