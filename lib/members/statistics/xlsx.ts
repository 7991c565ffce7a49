import "server-only";
// The báo cáo thống kê, biến động đoàn viên as an A4 landscape workbook: the union header, then one
// row per tổ and the unit's total, every figure a number cell (so the cấp trên can add them up).
import ExcelJS from "exceljs";
import { FIGURE_LABELS } from "./columns";
import type { StatisticsReport } from "./query";

const FONT = { name: "Times New Roman", size: 12 };
const THIN = { style: "thin" } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export async function buildStatisticsWorkbook(r: StatisticsReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Sổ Công đoàn";
  const ws = wb.addWorksheet("Thống kê đoàn viên", {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const cols = r.columns;
  const width = cols.length + 2;
  const line = (row: number, text: string, bold = false, italic = false) => {
    ws.mergeCells(row, 1, row, width);
    const c = ws.getCell(row, 1);
    c.value = text;
    c.font = { ...FONT, bold, italic };
    c.alignment = { horizontal: "center" };
  };
  line(1, r.unit.parentName.toUpperCase());
  line(2, r.unit.name.toUpperCase(), true);
  line(4, "BÁO CÁO THỐNG KÊ, BIẾN ĐỘNG ĐOÀN VIÊN", true);
  line(5, r.period.label, false, true);
  // Real date cells for the period.
  ws.getCell(6, 1).value = "Từ ngày";
  ws.getCell(6, 2).value = new Date(`${r.period.from}T00:00:00.000Z`);
  ws.getCell(6, 3).value = "đến ngày";
  ws.getCell(6, 4).value = new Date(`${r.period.to}T00:00:00.000Z`);
  for (const c of [2, 4]) ws.getCell(6, c).numFmt = "dd/mm/yyyy";
  for (const c of [1, 2, 3, 4]) ws.getCell(6, c).font = { ...FONT, italic: true };

  const head = ws.getRow(8);
  ["TT", "Tổ công đoàn", ...cols.map((c) => FIGURE_LABELS[c])].forEach((h, i) => {
    const cell = head.getCell(i + 1);
    cell.value = h;
    cell.font = { ...FONT, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = BORDER;
  });
  head.height = 45;
  let at = 9;
  const put = (tt: number | string, name: string, values: number[], bold = false) => {
    const row = ws.getRow(at++);
    row.getCell(1).value = tt;
    row.getCell(2).value = name;
    values.forEach((v, i) => {
      const cell = row.getCell(i + 3);
      cell.value = v;
      cell.numFmt = "#,##0";
    });
    for (let i = 1; i <= width; i++) {
      row.getCell(i).font = { ...FONT, bold };
      row.getCell(i).border = BORDER;
    }
  };
  r.groups.forEach((g, i) =>
    put(
      i + 1,
      g.name,
      cols.map((c) => g[c]),
    ),
  );
  put(
    "",
    "Toàn cơ sở",
    cols.map((c) => r.total[c]),
    true,
  );
  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = 30;
  for (let i = 3; i <= width; i++) ws.getColumn(i).width = 11;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
