import "server-only";
// Reads the first worksheet of an .xlsx: finds the header row (the export's two-row header with
// "Năm sinh" over "Nam | Nữ" included), then every data row as text cells. Title, total and
// signature rows (after "Tổng số" / "Nơi nhận") are left out.
import ExcelJS from "exceljs";
import { AppError } from "@/lib/errors";
import { fieldOfHeader, type ImportField } from "./columns";

export type SheetRow = { rowNo: number; cells: string[] };
export type Sheet = { headers: string[]; fields: (ImportField | null)[]; rows: SheetRow[] };

const pad = (n: number) => String(n).padStart(2, "0");

/** A cell as the text a person would type: dates as dd/mm/yyyy. */
export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return `${pad(v.getUTCDate())}/${pad(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`;
  if (typeof v === "object") {
    if ("richText" in v)
      return v.richText
        .map((t) => t.text)
        .join("")
        .trim();
    if ("result" in v) return cellText(v.result as ExcelJS.CellValue);
    if ("text" in v) return String(v.text).trim();
    if ("error" in v) return "";
  }
  return String(v).trim();
}

function texts(values: ExcelJS.CellValue[], width: number): string[] {
  const out: string[] = [];
  for (let c = 1; c <= width; c++) out.push(cellText(values[c]));
  return out;
}

/**
 * Loads the workbook and reads the first worksheet. (exceljs' streaming reader is not used: it
 * splits multi-byte UTF-8 characters at chunk boundaries, turning "ượ" into "��".)
 */
export async function readSheet(buffer: Buffer | ArrayBuffer): Promise<Sheet> {
  const raw: { rowNo: number; values: ExcelJS.CellValue[] }[] = [];
  let width = 0;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as ArrayBuffer);
  } catch {
    throw new AppError("VALIDATION", "Không đọc được tệp: hãy chọn một tệp Excel .xlsx.");
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new AppError("VALIDATION", "Tệp Excel không có trang tính nào.");
  ws.eachRow({ includeEmpty: false }, (row) => {
    const values: ExcelJS.CellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => (values[col] = cell.value));
    width = Math.max(width, values.length - 1);
    raw.push({ rowNo: row.number, values });
  });
  width = Math.min(width, 60);

  let h = -1;
  for (let i = 0; i < Math.min(raw.length, 30) && h < 0; i++) {
    const fields = texts(raw[i].values, width).map(fieldOfHeader);
    if (fields.includes("fullName") && fields.filter(Boolean).length >= 2) h = i;
  }
  if (h < 0)
    throw new AppError("VALIDATION", "Không tìm thấy dòng tiêu đề có cột “Họ và tên” trong 30 dòng đầu.");

  const top = texts(raw[h].values, width);
  const subRow = raw[h + 1]?.rowNo === raw[h].rowNo + 1 ? raw[h + 1] : undefined;
  const sub = subRow ? texts(subRow.values, width) : [];
  const subFields = sub.map(fieldOfHeader);
  // "Năm sinh" over "Nam | Nữ" (the export): the row below is a header only if every cell in it is one.
  const twoRows =
    (subFields.includes("maleYear") || subFields.includes("femaleYear")) &&
    sub.every((t, i) => t === "" || subFields[i] !== null);
  const headers = top.map((t, i) => (twoRows && sub[i] ? sub[i] : t));
  const fields = headers.map((x, i) => (twoRows && subFields[i] ? subFields[i] : fieldOfHeader(x)));

  const rows: SheetRow[] = [];
  for (let i = h + (twoRows ? 2 : 1); i < raw.length; i++) {
    const cells = texts(raw[i].values, width);
    if (cells.every((c) => c === "")) continue;
    const first = cells.find((c) => c !== "") ?? "";
    if (/^(tổng số|tổng cộng|nơi nhận)/i.test(first)) break;
    rows.push({ rowNo: raw[i].rowNo, cells });
  }
  return { headers, fields, rows };
}
