import "server-only";
// The uploaded rows as typed, with an added "Lỗi" column: the file to fix and upload again.
import ExcelJS from "exceljs";
import { OUTCOME_LABELS, type ImportOutcome } from "./columns";

export async function buildErrorWorkbook(
  headers: string[],
  rows: { rowNo: number; outcome: string; cells: string[]; errors: string[] }[],
  onlyErrors: boolean,
) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Danh sách kiểm tra");
  ws.columns = [
    ...headers.map((h) => ({ header: h, width: Math.max(10, Math.min(30, h.length + 6)) })),
    { header: "Dòng gốc", width: 10 },
    { header: "Kết quả", width: 16 },
    { header: "Lỗi", width: 60 },
  ];
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: 1 }];
  for (const r of rows) {
    if (onlyErrors && r.outcome !== "ERROR") continue;
    const row = ws.addRow([
      ...headers.map((_, i) => r.cells[i] ?? ""),
      r.rowNo,
      OUTCOME_LABELS[r.outcome as ImportOutcome] ?? r.outcome,
      r.errors.join(" "),
    ]);
    if (r.outcome === "ERROR") row.getCell(headers.length + 3).font = { color: { argb: "FFB91C1C" } };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
