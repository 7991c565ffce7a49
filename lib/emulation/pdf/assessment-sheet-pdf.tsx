import "server-only";
import { Document, Text, View } from "@react-pdf/renderer";
import { PdfSignatures } from "@/lib/pdf/signatures";
import { pdfStyles as s } from "@/lib/pdf/styles";
import { PdfTable } from "@/lib/pdf/table";
import { PdfParagraph, UnionPdfPage } from "@/lib/pdf/union-page";
import { cycleYearTitle } from "@/lib/settings/cycle";
import { COMMITMENT_KIND_LABELS, COMMITMENT_RESULT_LABELS } from "../labels";
import type { AssessmentSheet } from "../queries/assessment-sheet";
import { ASSESSMENT_SHEET_COLUMNS as COLUMNS } from "../sheet-columns";

/** The phiếu as a PDF: the same rows as the print page. */
export function AssessmentSheetPdf({ sheet }: { sheet: AssessmentSheet }) {
  return (
    <Document title={`Phiếu tự đánh giá ${sheet.member.fullName} ${sheet.year}`} author={sheet.unit.name}>
      <UnionPdfPage
        unit={sheet.unit}
        date={sheet.date}
        title={`PHIẾU TỰ ĐÁNH GIÁ, XẾP LOẠI ĐOÀN VIÊN ${cycleYearTitle(sheet.year, sheet.cycle)}`}
      >
        <PdfParagraph>Họ và tên: {sheet.member.fullName}</PdfParagraph>
        {sheet.member.jobTitle ? <PdfParagraph>Chức danh: {sheet.member.jobTitle}</PdfParagraph> : null}
        <PdfParagraph>Tổ công đoàn: {sheet.member.group.name}</PdfParagraph>
        <PdfTable
          columns={COLUMNS}
          rows={sheet.rows.map((r) => [
            r.no,
            r.heading ? r.content.toUpperCase() : r.content,
            r.max,
            r.self,
            r.group,
            r.note,
          ])}
          footer={[["", "Tổng cộng", sheet.total.max, sheet.total.self, sheet.total.group, ""]]}
        />
        {sheet.commitments.length > 0 ? (
          <View style={{ marginTop: 6 }}>
            <Text style={s.bold}>Kết quả thực hiện chương trình đã đăng ký:</Text>
            {sheet.commitments.map((c, i) => (
              <Text key={c.id}>
                {i + 1}. {COMMITMENT_KIND_LABELS[c.kind]}: {c.content} —{" "}
                {c.outcome ? COMMITMENT_RESULT_LABELS[c.outcome.result] : "chưa đánh giá"}
                {c.outcome?.evidence ? ` (${c.outcome.evidence})` : ""}
              </Text>
            ))}
          </View>
        ) : null}
        {sheet.comment ? <PdfParagraph>Tự nhận xét: {sheet.comment}</PdfParagraph> : null}
        <Text style={{ marginTop: 4 }}>
          Tự xếp loại: <Text style={s.bold}>{sheet.selfLevel}</Text>
        </Text>
        <Text style={{ marginTop: 4 }}>Ý kiến của tổ công đoàn: ………………………………………………………</Text>
        <Text>Kết luận của Ban Chấp hành: …………………………………………………</Text>
        <PdfSignatures
          left={{ lead: "TỔ CÔNG ĐOÀN", title: "TỔ TRƯỞNG" }}
          right={{ title: "NGƯỜI TỰ ĐÁNH GIÁ", name: sheet.member.fullName }}
        />
      </UnionPdfPage>
    </Document>
  );
}
