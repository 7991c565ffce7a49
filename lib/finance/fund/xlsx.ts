import "server-only";
// The fund's papers as Excel: real date cells and number cells for money, Times New Roman, A4.
import ExcelJS from "exceljs";
import { ACCOUNT_LABELS, BOOK_TITLES } from "../labels";
import type { Book } from "./books";
import { REPORT_TITLE } from "./papers";
import type { FundReport } from "./report";

const FONT = "Times New Roman";
const MONEY = "#,##0";
const THIN = { style: "thin" } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
type Unit = { name: string; parentName: string };

function sheet(wb: ExcelJS.Workbook, name: string, widths: number[], landscape = false) {
  const ws = wb.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: landscape ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  ws.columns = widths.map((width) => ({ width }));
  return ws;
}

function head(ws: ExcelJS.Worksheet, unit: Unit, title: string, subtitle: string, last: string) {
  const put = (cell: string, value: string, bold = false, size = 12) => {
    ws.mergeCells(cell);
    const c = ws.getCell(cell.split(":")[0]);
    c.value = value;
    c.font = { name: FONT, size, bold };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  };
  put(`A1:${last}1`, unit.parentName.toUpperCase());
  put(`A2:${last}2`, unit.name.toUpperCase(), true);
  put(`A4:${last}4`, title, true, 14);
  put(`A5:${last}5`, subtitle);
}

function row(ws: ExcelJS.Worksheet, values: (string | number | Date | null)[], bold = false) {
  const r = ws.addRow(values);
  r.eachCell({ includeEmpty: true }, (c) => {
    c.font = { name: FONT, size: 12, bold };
    c.border = BORDER;
    if (typeof c.value === "number") c.numFmt = MONEY;
    if (c.value instanceof Date) c.numFmt = "dd/mm/yyyy";
    c.alignment = { vertical: "middle", wrapText: typeof c.value === "string" };
  });
  return r;
}

export async function buildReportWorkbook(r: FundReport, unit: Unit): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Sổ Công đoàn";
  const ws = sheet(wb, "Báo cáo thu chi", [6, 46, 18, 18, 18]);
  head(
    ws,
    unit,
    REPORT_TITLE,
    r.period.label.replace(/^./, (c) => c.toUpperCase()),
    "E",
  );
  ws.addRow([]);
  row(ws, ["STT", "Nội dung", "Dự toán năm (đ)", "Thực hiện kỳ này (đ)", "Lũy kế từ đầu năm (đ)"], true);
  for (const [d, label, t] of [
    ["IN", "THU", r.income],
    ["OUT", "CHI", r.spending],
  ] as const) {
    row(ws, [d === "IN" ? "I" : "II", label, t.budget, t.period, t.yearToDate], true);
    r.lines
      .filter((l) => l.direction === d)
      .forEach((l, i) => row(ws, [i + 1, l.name, l.budget, l.period, l.yearToDate]));
  }
  ws.addRow([]);
  row(ws, ["", "Số dư", ACCOUNT_LABELS.CASH, ACCOUNT_LABELS.BANK, "Cộng"], true);
  row(ws, ["", "Tồn đầu kỳ", r.opening.CASH, r.opening.BANK, r.opening.TOTAL]);
  row(ws, ["", "Tồn cuối kỳ", r.closing.CASH, r.closing.BANK, r.closing.TOTAL]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function buildBookWorkbook(b: Book, unit: Unit, periodLabel: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Sổ Công đoàn";
  const ws = sheet(
    wb,
    b.account === "CASH" ? "Sổ quỹ tiền mặt" : "Sổ tiền gửi",
    [12, 10, 10, 48, 16, 16, 16],
    true,
  );
  head(
    ws,
    unit,
    BOOK_TITLES[b.account],
    periodLabel.replace(/^./, (c) => c.toUpperCase()),
    "G",
  );
  ws.addRow([]);
  row(ws, ["Ngày", "Số phiếu thu", "Số phiếu chi", "Diễn giải", "Thu (đ)", "Chi (đ)", "Tồn (đ)"], true);
  row(ws, [null, null, null, "Số dư đầu kỳ", null, null, b.opening], true);
  for (const e of b.rows)
    row(ws, [
      e.date,
      e.direction === "IN" ? e.voucherNo : null,
      e.direction === "OUT" ? e.voucherNo : null,
      e.description,
      e.income || null,
      e.spending || null,
      e.balance,
    ]);
  row(ws, [null, null, null, "Cộng phát sinh", b.income, b.spending, null], true);
  row(ws, [null, null, null, "Số dư cuối kỳ", null, null, b.closing], true);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
