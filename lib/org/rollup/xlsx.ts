import "server-only";
// A roll-up section as a workbook: the cấp trên's header, one row per CĐCS and the total, every
// figure a number cell (đồng with `#,##0`), a withheld cell as its text, the notes below.
import ExcelJS from "exceljs";
import type { RollupCell, RollupTable } from "./table";

const FONT = { name: "Times New Roman", size: 12 };
const THIN = { style: "thin" } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export async function buildRollupWorkbook(t: RollupTable, upperName: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Sổ Công đoàn";
  const ws = wb.addWorksheet(t.title.slice(0, 31), {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const width = t.columns.length + 2;
  const line = (row: number, text: string, bold = false) => {
    ws.mergeCells(row, 1, row, Math.max(width, 4));
    const c = ws.getCell(row, 1);
    c.value = text;
    c.font = { ...FONT, bold };
    c.alignment = { horizontal: "center" };
  };
  line(1, upperName.toUpperCase(), true);
  line(3, `BÁO CÁO TỔNG HỢP: ${t.title.toUpperCase()}`, true);
  line(4, `Năm ${t.year}`);

  const hasGroups = t.columns.some((c) => c.group);
  let at = 6;
  const style = (cell: ExcelJS.Cell, bold: boolean) => {
    cell.font = { ...FONT, bold };
    cell.border = BORDER;
  };
  if (hasGroups) {
    const g = ws.getRow(at);
    t.columns.forEach((c, i) => {
      const cell = g.getCell(i + 3);
      cell.value = c.group ?? "";
      cell.alignment = { horizontal: "center", wrapText: true };
      style(cell, true);
    });
    // Merge the runs of one group.
    let start = 0;
    for (let i = 1; i <= t.columns.length; i++) {
      const same = i < t.columns.length && t.columns[i].group && t.columns[i].group === t.columns[start].group;
      if (same) continue;
      if (i - 1 > start) ws.mergeCells(at, start + 3, at, i + 2);
      start = i;
    }
    at++;
  }
  const head = ws.getRow(at++);
  ["TT", "Công đoàn cơ sở", ...t.columns.map((c) => c.label)].forEach((h, i) => {
    const cell = head.getCell(i + 1);
    cell.value = h;
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    style(cell, true);
  });
  head.height = 45;
  const put = (tt: number | string, name: string, cells: RollupCell[], bold = false) => {
    const row = ws.getRow(at++);
    row.getCell(1).value = tt;
    row.getCell(2).value = name;
    cells.forEach((v, i) => {
      const cell = row.getCell(i + 3);
      cell.value = v;
      if (typeof v === "number") cell.numFmt = "#,##0";
      else cell.alignment = { horizontal: "center" };
    });
    for (let i = 1; i <= width; i++) style(row.getCell(i), bold);
  };
  t.rows.forEach((r, i) => put(i + 1, r.name, r.cells));
  put("", "Tổng cộng", t.total, true);
  at++;
  for (const n of t.notes) {
    ws.mergeCells(at, 1, at, Math.max(width, 4));
    const c = ws.getCell(at++, 1);
    c.value = n;
    c.font = { ...FONT, italic: true, size: 11 };
    c.alignment = { wrapText: true, vertical: "top" };
    ws.getRow(at - 1).height = 48;
  }
  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = 40;
  t.columns.forEach((c, i) => (ws.getColumn(i + 3).width = c.money ? 16 : 12));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
