// The member's "PHIẾU TỰ ĐÁNH GIÁ, XẾP LOẠI ĐOÀN VIÊN" as a paper of lib/document: the same rows as
// the print page, in the layout of the rating report's phiếu. Dated the day it was submitted. Pure.
import type { ReportBlock, ReportDoc } from "@/lib/document/blocks";
import { cycleYearLabel, cycleYearTitle } from "@/lib/settings/cycle";
import { COMMITMENT_KIND_LABELS, COMMITMENT_RESULT_LABELS } from "../labels";
import type { AssessmentSheet } from "../queries/assessment-sheet";
import { ASSESSMENT_SHEET_COLUMNS as COLUMNS } from "../sheet-columns";

const p = (text: string, style: { bold?: boolean; italic?: boolean } = {}): ReportBlock => ({
  kind: "paragraph",
  text,
  ...style,
});

export function assessmentSheetPaper(sheet: AssessmentSheet): ReportDoc {
  const commitments: ReportBlock[] = sheet.commitments.length
    ? [
        p("Kết quả thực hiện chương trình đã đăng ký:", { bold: true }),
        ...sheet.commitments.map((c, i) =>
          p(
            `${i + 1}. ${COMMITMENT_KIND_LABELS[c.kind]}: ${c.content} — ${
              c.outcome ? COMMITMENT_RESULT_LABELS[c.outcome.result] : "chưa đánh giá"
            }${c.outcome?.evidence ? ` (${c.outcome.evidence})` : ""}`,
          ),
        ),
      ]
    : [];
  return {
    unit: sheet.unit,
    date: sheet.date,
    title: `PHIẾU TỰ ĐÁNH GIÁ, XẾP LOẠI ĐOÀN VIÊN ${cycleYearTitle(sheet.year, sheet.cycle)}`,
    fileTitle: `Phiếu tự đánh giá ${sheet.member.fullName} ${cycleYearLabel(sheet.year, sheet.cycle)}`,
    blocks: [
      p(`Họ và tên: ${sheet.member.fullName}`),
      ...(sheet.member.jobTitle ? [p(`Chức danh: ${sheet.member.jobTitle}`)] : []),
      p(`Tổ công đoàn: ${sheet.member.group.name}`),
      {
        kind: "table",
        columns: COLUMNS,
        rows: sheet.rows.map((r) => [
          r.no,
          r.heading ? r.content.toUpperCase() : r.content,
          r.max,
          r.self,
          r.group,
          r.note,
        ]),
        boldRows: sheet.rows.flatMap((r, i) => (r.heading ? [i] : [])),
        footer: [["", "Tổng cộng", sheet.total.max, sheet.total.self, sheet.total.group, ""]],
      },
      ...commitments,
      ...(sheet.comment ? [p(`Tự nhận xét: ${sheet.comment}`)] : []),
      p(`Tự xếp loại: ${sheet.selfLevel}`),
      p("Ý kiến của tổ công đoàn: ………………………………………………………"),
      p("Kết luận của Ban Chấp hành: …………………………………………………"),
      {
        kind: "signatures",
        left: { lead: "TỔ CÔNG ĐOÀN", title: "TỔ TRƯỞNG" },
        right: { lead: " ", title: "NGƯỜI TỰ ĐÁNH GIÁ", name: sheet.member.fullName },
      },
    ],
  };
}
