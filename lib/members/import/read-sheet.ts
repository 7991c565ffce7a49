import "server-only";
// Reads the first worksheet of an .xlsx: finds the header row (the export's two-row header with
// "Năm sinh" over "Nam | Nữ" included), then every data row as text cells. Title, total and
// signature rows (after "Tổng số" / "Nơi nhận") are left out.
import { AppError } from "@/lib/errors";
import { fieldOfHeader, type ImportField } from "./columns";
import { readRowsBounded, SHEET_LIMITS } from "./sheet-process";

export type SheetRow = { rowNo: number; cells: string[] };
export type Sheet = { headers: string[]; fields: (ImportField | null)[]; rows: SheetRow[] };

const texts = (cells: string[], width: number) => Array.from({ length: width }, (_, i) => cells[i] ?? "");

/**
 * Reads the first worksheet. The file is streamed in a child process that stops at the first
 * limit (rows, columns, cells, expanded bytes, time: sheet-process.ts); here only the rows it
 * returns, as text, are sorted into header and data.
 */
export async function readSheet(buffer: Buffer): Promise<Sheet> {
  const raw = (await readRowsBounded(buffer)).map((r) => ({ rowNo: r.rowNo, values: r.cells }));
  let width = 0;
  for (const r of raw) width = Math.max(width, r.values.length);
  width = Math.min(width, SHEET_LIMITS.maxColumns);

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
