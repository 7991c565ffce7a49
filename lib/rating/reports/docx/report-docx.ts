import "server-only";
// A ReportDoc as a Word file with lib/docx/union-document.ts: the same blocks as the PDF.
import { type FileChild, Paragraph } from "docx";
import {
  body,
  buildUnionDocx,
  contentWidth,
  dataTable,
  heading,
  para,
  signatures,
} from "@/lib/docx/union-document";
import type { ReportBlock, ReportDoc } from "../blocks";

/**
 * The docx package builds the whole document in memory: 60,000 table rows took over 4 GB and
 * crashed. A Word file is for touching up a report before signing; a list that long stays in the
 * PDF and the print page, and the DOCX says so.
 */
export const DOCX_MAX_ROWS = 3000;

/** One block; `width` is the text width of the report's pages (landscape for TỔNG HỢP). */
function toDocx(b: ReportBlock, width: number): FileChild[] {
  switch (b.kind) {
    case "heading":
      return [heading(b.text)];
    case "paragraph":
      return [b.italic || b.bold ? para(b.text, { italic: b.italic, bold: b.bold }) : body(b.text)];
    case "table": {
      if (b.rows.length > DOCX_MAX_ROWS) {
        return [
          para(
            `(Bảng có ${b.rows.length} dòng, quá dài để soạn trong Word: xem bản PDF hoặc trang in của báo cáo này.)`,
            { italic: true },
          ),
        ];
      }
      const total = b.columns.reduce((s, c) => s + c.width, 0);
      return [
        dataTable(
          b.columns.map((c) => c.header),
          [...b.rows, ...(b.footer ?? [])],
          b.columns.map((c) => (c.width / total) * 100),
          width,
        ),
      ];
    }
    case "signatures":
      return [signatures(b.right, b.left, width)];
    case "pageBreak":
      return [new Paragraph({ pageBreakBefore: true, children: [] })];
    case "recipients":
      return [];
  }
}

export function buildReportDocx(d: ReportDoc) {
  const recipients = d.blocks.find(
    (b): b is Extract<ReportBlock, { kind: "recipients" }> => b.kind === "recipients",
  );
  return buildUnionDocx({
    unit: d.unit,
    number: d.number,
    date: d.date,
    title: d.title,
    subtitle: d.subtitle,
    orientation: d.orientation,
    children: d.blocks.flatMap((b) => toDocx(b, contentWidth(d.orientation))),
    recipients: recipients?.items,
  });
}
