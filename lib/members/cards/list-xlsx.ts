import "server-only";
// The card list as Excel for the cấp trên: real date cells, one row per request.
import ExcelJS from "exceljs";
import { CARD_KIND_LABELS, CARD_STATUS_LABELS } from "./labels";
import type { CardListReport } from "./queries";

const FONT = { name: "Times New Roman", size: 12 };

export async function buildCardListWorkbook(r: CardListReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Sổ Công đoàn";
  const ws = wb.addWorksheet("Đề nghị cấp thẻ", {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true },
  });
  ws.addRow([r.unit.parentName.toUpperCase()]);
  ws.addRow([r.unit.name.toUpperCase()]);
  ws.addRow([]);
  ws.addRow(["DANH SÁCH ĐỀ NGHỊ CẤP THẺ ĐOÀN VIÊN CÔNG ĐOÀN"]);
  ws.addRow([]);
  const head = ws.addRow([
    "TT",
    "Họ và tên",
    "Giới tính",
    "Ngày sinh",
    "Quê quán",
    "Tổ công đoàn",
    "Ngày vào CĐ",
    "Loại đề nghị",
    "Số thẻ cũ",
    "Ngày đề nghị",
    "Tình trạng",
  ]);
  head.font = { ...FONT, bold: true };
  r.rows.forEach((x, i) => {
    const row = ws.addRow([
      i + 1,
      x.member.fullName,
      x.member.gender === "FEMALE" ? "Nữ" : "Nam",
      x.member.dateOfBirth,
      x.member.hometown ?? "",
      x.member.group.name,
      x.member.joinedUnionOn,
      CARD_KIND_LABELS[x.kind],
      x.kind === "NEW" ? "" : (x.member.cardNumber ?? ""),
      x.requestedOn,
      CARD_STATUS_LABELS[x.status],
    ]);
    for (const c of [4, 7, 10]) row.getCell(c).numFmt = "dd/mm/yyyy";
    row.font = FONT;
  });
  [6, 28, 9, 12, 18, 22, 12, 20, 14, 12, 16].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const n of [1, 2, 4]) ws.getRow(n).font = { ...FONT, bold: n !== 1 };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
