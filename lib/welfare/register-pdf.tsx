import "server-only";
import { Document, Text } from "@react-pdf/renderer";
import { formatMoney } from "@/lib/format";
import { PdfSignatures } from "@/lib/pdf/signatures";
import { PdfTable, type PdfColumn } from "@/lib/pdf/table";
import { PdfParagraph, UnionPdfPage } from "@/lib/pdf/union-page";
import { FUND_LABELS } from "./labels";
import type { Register } from "./register";
import { REGISTER_TITLE, registerCells } from "./register-format";

const COLUMNS: PdfColumn[] = [
  { header: "STT", width: 1.1, align: "center" },
  { header: "Ngày sự việc", width: 2.6 },
  { header: "Họ tên đoàn viên", width: 4.2 },
  { header: "Tổ", width: 3 },
  { header: "Người được thăm", width: 3.4 },
  { header: "Nội dung", width: 3.8 },
  { header: "Người đi thăm", width: 4.4 },
  { header: "Số tiền (đ)", width: 2.6, align: "right" },
  { header: "Nguồn", width: 2.2 },
  { header: "Ghi chú", width: 3.6 },
];

const dong = (n: number) => formatMoney(n).replace(" ₫", "");

/** The sổ as a react-pdf document: same rows and totals as the print page and Excel. */
export function RegisterPdf({ r }: { r: Register }) {
  const rows = r.rows.map((row, i) => {
    const c = registerCells(row, i + 1);
    return [
      String(c.no),
      c.eventOn,
      c.member,
      c.group,
      c.person,
      c.category,
      c.visitors,
      dong(c.amount),
      c.fund,
      [c.receipt, c.notes].filter(Boolean).join("; "),
    ];
  });
  const funds = r.summary.funds.map((f) => `${FUND_LABELS[f.fund]}: ${formatMoney(f.total)}`).join("; ");
  return (
    <Document title={`${REGISTER_TITLE} ${r.year}`} author={r.unit.name}>
      <UnionPdfPage
        unit={r.unit}
        date={r.date}
        title={REGISTER_TITLE}
        subtitle={`Năm ${r.year}`}
        orientation="landscape"
      >
        <PdfTable
          columns={COLUMNS}
          rows={rows}
          footer={[["", "Cộng", "", "", "", "", "", dong(r.summary.total), "", ""]]}
        />
        <PdfParagraph>
          <Text>
            Tổng cộng: {r.summary.count} lượt thăm hỏi, {formatMoney(r.summary.total)}
            {funds ? ` (${funds})` : ""}.
          </Text>
        </PdfParagraph>
        <PdfSignatures right={{ lead: "TM. BAN CHẤP HÀNH", title: "CHỦ TỊCH", name: r.chairName }} />
      </UnionPdfPage>
    </Document>
  );
}
