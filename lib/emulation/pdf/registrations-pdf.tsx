import "server-only";
import { Document } from "@react-pdf/renderer";
import { PdfRecipients, PdfSignatures } from "@/lib/pdf/signatures";
import { PdfTable } from "@/lib/pdf/table";
import { PdfSection, UnionPdfPage } from "@/lib/pdf/union-page";
import { cycleYearTitle } from "@/lib/settings/cycle";
import type { RegistrationReport } from "../queries/report";

/** "BẢN ĐĂNG KÝ THI ĐUA NĂM …" as a PDF, from the same data as the print page and the Excel file. */
export function RegistrationsPdf({ r }: { r: RegistrationReport }) {
  return (
    <Document title={`Bản đăng ký thi đua năm ${r.year}`} author={r.unit.name}>
      <UnionPdfPage
        unit={r.unit}
        number="…/ĐK-CĐCS"
        date={r.date}
        title={`BẢN ĐĂNG KÝ THI ĐUA ${cycleYearTitle(r.year, r.cycle)}`}
        subtitle="(Các bản đăng ký đã được Ban Chấp hành duyệt)"
      >
        <PdfSection heading="I. PHONG TRÀO THI ĐUA">
          <PdfTable
            columns={[
              { header: "TT", width: 0.6, align: "center" },
              { header: "Phong trào", width: 4 },
              { header: "Ngày phát động", width: 1.6, align: "center" },
              { header: "Mục tiêu", width: 4 },
              { header: "Số ĐV đăng ký", width: 1.4, align: "center" },
            ]}
            rows={r.movements.map((m) => [String(m.no), m.name, m.launchedOn, m.goal, String(m.members)])}
          />
        </PdfSection>
        <PdfSection heading="II. DANH HIỆU TẬP THỂ">
          <PdfTable
            columns={[
              { header: "TT", width: 0.6, align: "center" },
              { header: "Tổ công đoàn", width: 3 },
              { header: "Danh hiệu đăng ký", width: 4 },
              { header: "Phong trào", width: 4 },
            ]}
            rows={r.collective.map((c) => [String(c.no), c.groupName, c.titles, c.movements])}
          />
        </PdfSection>
        <PdfSection heading="III. DANH SÁCH ĐOÀN VIÊN ĐĂNG KÝ">
          <PdfTable
            columns={[
              { header: "TT", width: 0.6, align: "center" },
              { header: "Họ và tên", width: 3 },
              { header: "Tổ", width: 2.2 },
              { header: "Danh hiệu", width: 3 },
              { header: "Phong trào", width: 4 },
            ]}
            rows={r.members.map((m) => [String(m.no), m.fullName, m.groupName, m.titles, m.movements])}
          />
        </PdfSection>
        <PdfSignatures right={{ lead: "TM. BAN CHẤP HÀNH", title: "CHỦ TỊCH", name: r.chairName }} />
        <PdfRecipients items={["Công đoàn cấp trên (b/c);", "Lưu: VT."]} />
      </UnionPdfPage>
    </Document>
  );
}
