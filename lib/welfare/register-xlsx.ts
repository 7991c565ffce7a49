import "server-only";
import ExcelJS from "exceljs";
import { FUND_LABELS } from "./labels";
import type { Register } from "./register";
import { REGISTER_TITLE, registerCells } from "./register-format";

const FONT = "Times New Roman";
const DATE_FORMAT = "dd/mm/yyyy";
const HEAD: [string, number][] = [
  ["STT", 5],
  ["Ngày sự việc", 12],
  ["Ngày thăm", 12],
  ["Họ tên đoàn viên", 24],
  ["Tổ", 18],
  ["Người được thăm", 20],
  ["Nội dung", 22],
  ["Người đi thăm", 26],
  ["Số tiền (đ)", 14],
  ["Quà", 16],
  ["Nguồn", 12],
  ["Số phiếu chi", 13],
  ["Ghi chú", 26],
];
const LAST = "M";
const HEADER_ROW = 7;
const THIN = { style: "thin" } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function put(
  ws: ExcelJS.Worksheet,
  range: string,
  value: string | number,
  s: { bold?: boolean; italic?: boolean; size?: number; align?: "left" | "center" | "right" } = {},
) {
  if (range.includes(":")) ws.mergeCells(range);
  const c = ws.getCell(range.split(":")[0]);
  c.value = value;
  c.font = { name: FONT, size: s.size ?? 12, bold: s.bold, italic: s.italic };
  c.alignment = { horizontal: s.align ?? "center", vertical: "middle", wrapText: true };
}

/** "SỔ THEO DÕI THĂM HỎI" as an A4 landscape workbook; the total row is a SUM formula with its cached value from SQL. */
export async function buildRegisterWorkbook(r: Register): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Sổ Công đoàn";
  const ws = wb.addWorksheet(`Sổ thăm hỏi ${r.year}`, {
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
    headerFooter: { oddFooter: '&C&"Times New Roman"&11Trang &P/&N' },
    views: [{ state: "frozen", ySplit: HEADER_ROW }],
  });
  ws.columns = HEAD.map(([, width]) => ({ width }));
  put(ws, "A1:E1", r.unit.parentName.toUpperCase());
  put(ws, "A2:E2", r.unit.name.toUpperCase(), { bold: true });
  put(ws, `F1:${LAST}1`, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true });
  put(ws, `F2:${LAST}2`, "Độc lập - Tự do - Hạnh phúc", { bold: true });
  put(ws, `A4:${LAST}4`, REGISTER_TITLE, { bold: true, size: 14 });
  put(ws, `A5:${LAST}5`, `Năm ${r.year}`, { italic: true });
  HEAD.forEach(([h], i) => {
    const c = ws.getRow(HEADER_ROW).getCell(i + 1);
    c.value = h;
    c.font = { name: FONT, size: 11, bold: true };
    c.border = BORDER;
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
  const first = HEADER_ROW + 1;
  r.rows.forEach((row, i) => {
    const c = registerCells(row, i + 1);
    // The dates are date cells (dd/mm/yyyy), so Excel sorts, filters and counts them as dates.
    const values = [
      c.no,
      row.eventOn,
      row.visitedOn,
      c.member,
      c.group,
      c.person,
      c.category,
      c.visitors,
      c.amount,
      c.gift,
      c.fund,
      c.receipt,
      c.notes,
    ];
    const line = ws.getRow(first + i);
    values.forEach((v, j) => {
      const cell = line.getCell(j + 1);
      cell.value = v;
      cell.font = { name: FONT, size: 11 };
      cell.border = BORDER;
      cell.alignment = {
        vertical: "top",
        wrapText: true,
        horizontal: j === 8 ? "right" : j <= 2 ? "center" : "left",
      };
    });
    line.getCell(9).numFmt = "#,##0";
    line.getCell(2).numFmt = DATE_FORMAT;
    line.getCell(3).numFmt = DATE_FORMAT;
  });
  const totalRow = first + r.rows.length;
  put(ws, `A${totalRow}:H${totalRow}`, "Cộng", { bold: true });
  const total = ws.getCell(`I${totalRow}`);
  total.value = r.rows.length ? { formula: `SUM(I${first}:I${totalRow - 1})`, result: r.summary.total } : 0;
  total.numFmt = "#,##0";
  total.font = { name: FONT, size: 11, bold: true };
  for (let col = 1; col <= HEAD.length; col++) ws.getRow(totalRow).getCell(col).border = BORDER;
  const funds = r.summary.funds
    .map((f) => `${FUND_LABELS[f.fund]}: ${f.total.toLocaleString("vi-VN")} đ`)
    .join("; ");
  put(
    ws,
    `A${totalRow + 2}:${LAST}${totalRow + 2}`,
    `Tổng cộng: ${r.summary.count} lượt thăm hỏi, ${r.summary.total.toLocaleString("vi-VN")} đ${funds ? ` (${funds})` : ""}.`,
    { bold: true, align: "left" },
  );
  put(ws, `J${totalRow + 4}:${LAST}${totalRow + 4}`, "TM. BAN CHẤP HÀNH", { bold: true });
  put(ws, `J${totalRow + 5}:${LAST}${totalRow + 5}`, "CHỦ TỊCH", { bold: true });
  put(ws, `J${totalRow + 9}:${LAST}${totalRow + 9}`, r.chairName, { bold: true });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
