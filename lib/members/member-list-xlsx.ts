import "server-only";
import ExcelJS from "exceljs";
import { reportSubtitle } from "./member-list";
import type { MemberListReport } from "./member-list";

const FONT = "Times New Roman";
const COLUMNS: { header: string; width: number }[] = [
  { header: "STT", width: 6 },
  { header: "Họ và tên", width: 28 },
  { header: "Nam", width: 8 },
  { header: "Nữ", width: 8 },
  { header: "Số thẻ", width: 13 },
  { header: "Ngày vào CĐ", width: 13 },
  { header: "Tổ công đoàn", width: 24 },
  { header: "Chức vụ CĐ", width: 24 },
  { header: "Ghi chú", width: 24 },
];
const LAST = "I";
const HEADER_ROW = 8; // the table header takes rows 8 and 9, repeated on every printed page
const THIN = { style: "thin" } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

type Style = {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
  align?: "left" | "center";
};

function put(ws: ExcelJS.Worksheet, range: string, value: string, s: Style = {}) {
  const [first] = range.split(":");
  if (range.includes(":")) ws.mergeCells(range);
  const cell = ws.getCell(first);
  cell.value = value;
  cell.font = { name: FONT, size: s.size ?? 12, bold: s.bold, italic: s.italic, underline: s.underline };
  cell.alignment = { horizontal: s.align ?? "center", vertical: "middle", wrapText: true };
}

function vnDateLine(place: string, d: Date) {
  const dd = String(d.getUTCDate()).padStart(2, "0");
  const mm = String(d.getUTCMonth() + 1).padStart(2, "0");
  return `${place}, ngày ${dd} tháng ${mm} năm ${d.getUTCFullYear()}`;
}

/** "DANH SÁCH ĐOÀN VIÊN" as an A4 landscape workbook with the union document header. */
export async function buildMemberListWorkbook(r: MemberListReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Sổ Công đoàn";
  wb.created = new Date();
  const ws = wb.addWorksheet("Danh sách đoàn viên", {
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { top: 0.79, bottom: 0.79, left: 0.98, right: 0.59, header: 0.3, footer: 0.3 },
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW + 1}`,
    },
    headerFooter: { oddFooter: '&C&"Times New Roman"&11Trang &P/&N' },
    views: [{ state: "frozen", ySplit: HEADER_ROW + 1 }],
  });
  ws.columns = COLUMNS.map((c) => ({ width: c.width }));

  put(ws, "A1:D1", r.unit.parentName.toUpperCase());
  put(ws, `E1:${LAST}1`, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true });
  put(ws, "A2:D2", r.unit.name.toUpperCase(), { bold: true });
  put(ws, `E2:${LAST}2`, "Độc lập - Tự do - Hạnh phúc", { bold: true, underline: true });
  put(ws, `E3:${LAST}3`, vnDateLine(r.unit.placeName, r.date), { italic: true });
  put(ws, `A5:${LAST}5`, "DANH SÁCH ĐOÀN VIÊN", { bold: true, size: 14 });
  put(ws, `A6:${LAST}6`, reportSubtitle(r), { italic: true });
  ws.getRow(2).height = 30;

  writeTableHeader(ws);
  let row = HEADER_ROW + 2;
  for (const m of r.rows) {
    const values = [
      m.no,
      m.fullName,
      toYear(m.maleBirthYear),
      toYear(m.femaleBirthYear),
      m.cardNumber,
      m.joinedUnionDate,
      m.groupName,
      m.positions,
      m.note,
    ];
    const excelRow = ws.getRow(row++);
    values.forEach((v, i) => {
      const cell = excelRow.getCell(i + 1);
      cell.value = v ?? "";
      cell.font = { name: FONT, size: 12 };
      cell.border = BORDER;
      const centred = i !== 1 && i < 6;
      cell.alignment = { horizontal: centred ? "center" : "left", vertical: "middle", wrapText: true };
    });
    excelRow.getCell(6).numFmt = "dd/mm/yyyy";
  }

  row += 1;
  put(ws, `A${row}:${LAST}${row}`, `Tổng số: ${r.rows.length} đoàn viên (nữ: ${r.female}).`, {
    bold: true,
    align: "left",
  });
  writeSignature(ws, row + 2, r.chairName);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function writeTableHeader(ws: ExcelJS.Worksheet) {
  const top = HEADER_ROW;
  const sub = HEADER_ROW + 1;
  COLUMNS.forEach((c, i) => {
    const col = String.fromCharCode(65 + i);
    if (i === 2) put(ws, `C${top}:D${top}`, "Năm sinh", { bold: true });
    if (i === 2 || i === 3) put(ws, `${col}${sub}`, c.header, { bold: true });
    else put(ws, `${col}${top}:${col}${sub}`, c.header, { bold: true });
  });
  for (const r of [top, sub])
    for (let i = 1; i <= COLUMNS.length; i++) ws.getRow(r).getCell(i).border = BORDER;
  ws.getRow(top).height = 20;
  ws.getRow(sub).height = 20;
}

function writeSignature(ws: ExcelJS.Worksheet, start: number, chairName: string) {
  put(ws, `A${start}:C${start}`, "Nơi nhận:", { bold: true, italic: true, align: "left" });
  put(ws, `A${start + 1}:C${start + 1}`, "- Công đoàn cấp trên (b/c);", { size: 11, align: "left" });
  put(ws, `A${start + 2}:C${start + 2}`, "- Lưu: VT.", { size: 11, align: "left" });
  put(ws, `G${start}:${LAST}${start}`, "TM. BAN CHẤP HÀNH", { bold: true });
  put(ws, `G${start + 1}:${LAST}${start + 1}`, "CHỦ TỊCH", { bold: true });
  put(ws, `G${start + 6}:${LAST}${start + 6}`, chairName, { bold: true });
}

const toYear = (y: string) => (y ? Number(y) : "");
