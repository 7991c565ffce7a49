import "server-only";
// The sổ theo dõi thu đoàn phí as Excel: number cells for money (a month's cell holds what was paid;
// the marks of the paper go in as text only where nothing was paid), Times New Roman, A4 landscape.
// Streamed row by row (exceljs's streaming writer) so 60,000 members stay within memory.
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import type { DuesBook } from "./book";
import { BOOK_LEGEND, BOOK_TITLE, termsLine } from "./book-paper";
import { monthLabel } from "./labels";

const FONT = "Times New Roman";
const MONEY = "#,##0";
const THIN = { style: "thin" } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const LAST = "S"; // 19 columns
type Unit = { name: string; parentName: string };
type Value = string | number | Date | null;

/** A month's cell: the amount paid as a number, or the paper's mark when nothing was paid. */
function cellValue(code: string, paid: number): Value {
  if (paid !== 0) return paid;
  if (code === "O") return "Nợ";
  return code === "E" ? "M" : code === "K" ? "KT" : "–";
}

type Kind = "money" | "date" | "right" | "plain";
const STYLES = new Map<string, Partial<ExcelJS.Style>>();
/**
 * One style object per look, shared by every cell that has it: exceljs recognises an object it has
 * seen, where a new font and border per cell (a million of them) each had to be serialised and looked up.
 */
function styleOf(bold: boolean, kind: Kind): Partial<ExcelJS.Style> {
  const key = `${bold}${kind}`;
  let s = STYLES.get(key);
  if (!s) {
    s = { font: { name: FONT, size: 11, bold }, border: BORDER };
    if (kind === "money") s.numFmt = MONEY;
    if (kind === "date") s.numFmt = "dd/mm/yyyy";
    if (kind === "right") s.alignment = { horizontal: "right" };
    STYLES.set(key, s);
  }
  return s;
}

export async function buildDuesBookWorkbook(book: DuesBook, unit: Unit): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = "Sổ Công đoàn";
  const ws = wb.addWorksheet("Sổ thu đoàn phí", {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = [6, 30, 13, 11, ...Array.from({ length: 12 }, () => 10), 13, 13, 12].map((width) => ({
    width,
  }));
  let r = 0;
  const title = (value: string, bold = false, size = 12) => {
    r += 1;
    ws.mergeCells(`A${r}:${LAST}${r}`);
    const c = ws.getCell(`A${r}`);
    c.value = value;
    c.font = { name: FONT, size, bold };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    ws.getRow(r).commit();
  };
  const row = (values: Value[], bold = false) => {
    r += 1;
    const x = ws.getRow(r);
    x.values = values;
    x.eachCell({ includeEmpty: true }, (c) => {
      const v = c.value;
      c.style = styleOf(
        bold,
        typeof v === "number"
          ? "money"
          : v instanceof Date
            ? "date"
            : typeof v === "string" && Number(c.col) > 4
              ? "right"
              : "plain",
      );
    });
    x.commit();
  };
  title(unit.parentName.toUpperCase());
  title(unit.name.toUpperCase(), true);
  title(BOOK_TITLE, true, 14);
  title(`Năm ${book.year}${book.group ? ` – ${book.group.name}` : ""}`);
  for (const line of termsLine(book).split("\n")) title(line);
  r += 1;
  const months = Array.from({ length: 12 }, (_, i) => `T${i + 1}`);
  row(["STT", "Họ và tên", "Lương BHXH", "Mức/tháng", ...months, "Phải đóng", "Đã đóng", "Còn nợ"], true);
  for (const g of book.groups) {
    row([null, g.name], true);
    g.members.forEach((m, i) =>
      row([
        i + 1,
        m.fullName,
        m.salary ?? (m.monthly ? "Cố định" : null),
        m.monthly || null,
        ...m.paids.map((paid, i) => cellValue(m.codes[i], paid)),
        m.owed,
        m.paid,
        m.owed - m.paid,
      ]),
    );
    row(
      [
        null,
        `Cộng ${g.name} (${g.members.length} người)`,
        null,
        null,
        ...g.paidByMonth,
        g.owed,
        g.paid,
        g.owed - g.paid,
      ],
      true,
    );
  }
  row([null, "Phải đóng", null, null, ...book.owedByMonth, book.owed, null, null], true);
  row(
    [
      null,
      `Tổng cộng đã đóng (${book.memberCount} người)`,
      null,
      null,
      ...book.paidByMonth,
      book.owed,
      book.paid,
      book.owed - book.paid,
    ],
    true,
  );
  r += 1;
  title(BOOK_LEGEND);
  r += 1;
  row(
    [
      "Tháng",
      "Mức thu",
      "Lương cơ sở",
      "Phải thu",
      "Đã thu",
      "Thu vượt mức",
      "Phải nộp cấp trên",
      "CĐCS được sử dụng",
    ],
    true,
  );
  for (const m of book.months)
    row([
      monthLabel(m.month),
      m.collectStopped ? "Không thu" : `${m.ratePercent} %`,
      m.baseSalary,
      m.owed,
      m.paid,
      m.extra,
      m.upperShare,
      m.paid - m.upperShare,
    ]);
  row(["Cả năm", null, null, book.owed, book.paid, book.extra, book.upperShare, book.kept], true);
  if (!book.group) {
    r += 1;
    row(["Ngày nộp", "Chứng từ", "Từ tháng", "Đến tháng", "Số tiền"], true);
    for (const x of book.remittances)
      row([x.paidOn, x.voucherNo, monthLabel(x.fromMonth), monthLabel(x.toMonth), x.amount]);
    row([null, "Cộng đã nộp", null, null, book.remitted], true);
    row([null, "Còn phải nộp cấp trên", null, null, book.upperShare - book.remitted], true);
  }
  ws.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}
