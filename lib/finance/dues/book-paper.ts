// The SỔ THEO DÕI THU ĐOÀN PHÍ as a ReportDoc (lib/document → print page, PDF, DOCX), and the receipt
// (phiếu thu đoàn phí) of one payment. Pure. Each month's cell shows what was paid, marked when short:
// see docs/decisions/0079-dues-book.md for why a cell holds one figure and not two.
import type { ReportColumn, ReportDoc, ReportUnit, TableRowSource } from "@/lib/document/blocks";
import { CHAIR_SIGNATURE, tableFromSource } from "@/lib/document/blocks";
import { formatDate } from "@/lib/format";
import type { BookMember, DuesBook } from "./book";
import { monthLabel, PAYMENT_METHOD_LABELS, type PaymentMethod } from "./labels";

export const BOOK_TITLE = "SỔ THEO DÕI THU ĐOÀN PHÍ CÔNG ĐOÀN";

/** 1234567 → "1.234.567" (fast: a yearly sổ formats a million cells). */
export function dong(n: number): string {
  const s = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return n < 0 ? `-${s}` : s;
}
const pct = (p: number) => `${String(p).replace(".", ",")} %`;

/** What a member's month shows in the sổ, from its status letter (BookMember.codes), owed and paid. */
export function cellOf(code: string, amount: number, paid: number): string {
  if (code === "O") {
    if (paid === 0) return "Nợ";
    return paid < amount ? `${dong(paid)}*` : dong(paid);
  }
  if (paid !== 0) return dong(paid);
  return code === "E" ? "M" : code === "K" ? "KT" : "–";
}

export const BOOK_LEGEND =
  "Ô tháng ghi số tiền đã đóng cho tháng đó. «Nợ»: phải đóng mà chưa đóng; dấu *: đóng thiếu; " +
  "M: miễn (hưởng BHXH, nghỉ không lương từ 1 tháng); KT: không thu (đơn vị do ngân sách nhà nước " +
  "bảo đảm toàn bộ); –: chưa hoặc không còn là đoàn viên. «Mức/tháng»: số phải đóng của tháng gần nhất " +
  "phải đóng trong năm; «Còn nợ»: phải đóng trừ đã đóng (số âm là đóng thừa).";

const MONTH_HEADERS = Array.from({ length: 12 }, (_, i) => `T${i + 1}`);

export const BOOK_COLUMNS: ReportColumn[] = [
  { header: "STT", width: 1.2, align: "center" },
  { header: "Họ và tên", width: 5.2 },
  { header: "Lương BHXH", width: 2.3, align: "right" },
  { header: "Mức/tháng", width: 1.9, align: "right" },
  ...MONTH_HEADERS.map((header) => ({ header, width: 1.75, align: "right" as const })),
  { header: "Phải đóng", width: 2.2, align: "right" },
  { header: "Đã đóng", width: 2.2, align: "right" },
  { header: "Còn nợ", width: 2, align: "right" },
];

function memberRow(m: BookMember, n: number): string[] {
  return [
    String(n),
    m.fullName,
    m.salary === null ? (m.monthly ? "Cố định" : "") : dong(m.salary),
    m.monthly ? dong(m.monthly) : "",
    ...m.amounts.map((amount, i) => cellOf(m.codes[i], amount, m.paids[i])),
    dong(m.owed),
    dong(m.paid),
    dong(m.owed - m.paid),
  ];
}

function totalRow(label: string, t: { paidByMonth: number[]; owed: number; paid: number }): string[] {
  return ["", label, "", "", ...t.paidByMonth.map(dong), dong(t.owed), dong(t.paid), dong(t.owed - t.paid)];
}

/** The rate, base and share of the year in words: one line when they did not change. */
export function termsLine(book: DuesBook): string {
  const spans: { from: string; to: string; text: string }[] = [];
  for (const m of book.months) {
    const text = m.collectStopped
      ? "không thu (đơn vị do ngân sách nhà nước bảo đảm toàn bộ chi thường xuyên)"
      : `${pct(m.ratePercent)} tiền lương làm căn cứ đóng BHXH; lương cơ sở ${dong(m.baseSalary)} đồng; ` +
        `CĐCS được sử dụng ${pct(m.cdcsSharePercent)}, nộp cấp trên ${pct(100 - m.cdcsSharePercent)}`;
    const prev = spans.at(-1);
    if (prev?.text === text) prev.to = m.month;
    else spans.push({ from: m.month, to: m.month, text });
  }
  if (spans.length === 1) return `Mức thu: ${spans[0].text}.`;
  return spans.map((s) => `Tháng ${monthLabel(s.from)}–${monthLabel(s.to)}: ${s.text}.`).join("\n");
}

/**
 * The sổ's rows one at a time: for each tổ its heading, its members, its subtotal (the headings and
 * subtotals bold). The PDF draws 60,000 members from this without holding 1.2 million cells.
 */
export function bookRows(book: DuesBook, subtotalsOnly = false): TableRowSource {
  const blank = MONTH_HEADERS.map(() => "");
  return {
    count: book.groups.reduce((n, g) => n + 2 + (subtotalsOnly ? 0 : g.members.length), 0),
    *rows() {
      for (const g of book.groups) {
        yield { cells: ["", g.name, "", "", ...blank, "", "", ""], bold: true };
        if (!subtotalsOnly)
          for (let i = 0; i < g.members.length; i++)
            yield { cells: memberRow(g.members[i], i + 1), bold: false };
        yield { cells: totalRow(`Cộng ${g.name} (${g.members.length} người)`, g), bold: true };
      }
    },
  };
}

/** Above this many members the print page shows the tổ subtotals only (the PDF and Excel hold everyone). */
export const PRINT_PAGE_MEMBERS = 2_000;

export function bookPaper(
  book: DuesBook,
  unit: ReportUnit,
  chairName: string,
  { subtotalsOnly = false }: { subtotalsOnly?: boolean } = {},
): ReportDoc {
  const scope = book.group ? ` – ${book.group.name}` : "";
  const footer = [
    ["", "Phải đóng", "", "", ...book.owedByMonth.map(dong), dong(book.owed), "", ""],
    totalRow(`Tổng cộng đã đóng (${book.memberCount} người)`, book),
  ];
  const monthRows = book.months.map((m) => [
    monthLabel(m.month),
    m.collectStopped ? "Không thu" : pct(m.ratePercent),
    dong(m.baseSalary),
    dong(m.owed),
    dong(m.paid),
    dong(m.extra),
    dong(m.upperShare),
    dong(m.paid - m.upperShare),
  ]);
  const dueToUpper = book.upperShare - book.remitted;
  return {
    unit,
    date: null,
    title: BOOK_TITLE,
    subtitle: `Năm ${book.year}${scope}`,
    fileTitle: `${BOOK_TITLE} năm ${book.year}${scope}`,
    orientation: "landscape",
    blocks: [
      { kind: "paragraph", text: termsLine(book) },
      { kind: "heading", text: "I. Theo dõi thu đoàn phí từng đoàn viên (đơn vị tính: đồng)" },
      tableFromSource(
        { kind: "table", columns: BOOK_COLUMNS, footer, compact: true },
        bookRows(book, subtotalsOnly),
      ),
      { kind: "paragraph", text: BOOK_LEGEND, italic: true },
      { kind: "heading", text: "II. Tổng hợp theo tháng (đơn vị tính: đồng)" },
      {
        kind: "table",
        columns: [
          { header: "Tháng", width: 1.6, align: "center" },
          { header: "Mức thu", width: 1.6, align: "center" },
          { header: "Lương cơ sở", width: 2.2, align: "right" },
          { header: "Phải thu", width: 2.4, align: "right" },
          { header: "Đã thu", width: 2.4, align: "right" },
          { header: "Thu vượt mức (CĐCS giữ 100 %)", width: 2.6, align: "right" },
          { header: "Phải nộp cấp trên", width: 2.4, align: "right" },
          { header: "CĐCS được sử dụng", width: 2.4, align: "right" },
        ],
        rows: monthRows,
        footer: [
          [
            "Cả năm",
            "",
            "",
            dong(book.owed),
            dong(book.paid),
            dong(book.extra),
            dong(book.upperShare),
            dong(book.kept),
          ],
        ],
      },
      ...(book.group
        ? []
        : [
            { kind: "heading" as const, text: "III. Đã nộp công đoàn cấp trên" },
            {
              kind: "table" as const,
              columns: [
                { header: "Ngày nộp", width: 2 },
                { header: "Chứng từ", width: 2.4 },
                { header: "Kỳ", width: 3 },
                { header: "Số tiền (đ)", width: 2.4, align: "right" as const },
              ],
              rows: book.remittances.map((r) => [
                formatDate(r.paidOn),
                r.voucherNo ?? "",
                r.fromMonth === r.toMonth
                  ? `Tháng ${monthLabel(r.fromMonth)}`
                  : `${monthLabel(r.fromMonth)}–${monthLabel(r.toMonth)}`,
                dong(r.amount),
              ]),
              footer: [["", "", "Cộng đã nộp", dong(book.remitted)]],
            },
            {
              kind: "paragraph" as const,
              text:
                `Phải nộp cấp trên cả năm: ${dong(book.upperShare)} đồng; đã nộp: ${dong(book.remitted)} đồng; ` +
                (dueToUpper >= 0
                  ? `còn phải nộp: ${dong(dueToUpper)} đồng.`
                  : `nộp thừa: ${dong(-dueToUpper)} đồng.`),
              bold: true,
            },
          ]),
      { kind: "signatures", left: { title: "NGƯỜI GHI SỔ" }, right: CHAIR_SIGNATURE(chairName) },
    ],
  };
}

export type ReceiptData = {
  id: string;
  memberName: string;
  cardNumber: string | null;
  groupName: string;
  month: string;
  amount: number;
  method: string;
  paidOn: Date;
  note: string | null;
  reverses: { month: string; paidOn: Date } | null;
  collectorName: string | null;
};

/** The receipt's number: the payment's own, short and stable (its id's tail). */
export const receiptNumber = (r: Pick<ReceiptData, "id" | "paidOn">) =>
  `ĐP-${r.paidOn.getUTCFullYear()}-${r.id.slice(-6).toUpperCase()}`;

export const RECEIPT_TITLE = "PHIẾU THU ĐOÀN PHÍ CÔNG ĐOÀN";

export function receiptPaper(r: ReceiptData, unit: ReportUnit, chairName: string): ReportDoc {
  const method = PAYMENT_METHOD_LABELS[r.method as PaymentMethod] ?? r.method;
  return {
    unit,
    number: receiptNumber(r),
    date: r.paidOn,
    dateFixed: true,
    title: r.amount < 0 ? "PHIẾU ĐIỀU CHỈNH ĐOÀN PHÍ" : RECEIPT_TITLE,
    fileTitle: `${RECEIPT_TITLE} ${receiptNumber(r)}`,
    blocks: [
      {
        kind: "paragraph",
        text: `Họ và tên người nộp: ${r.memberName}${r.cardNumber ? ` (thẻ đoàn viên số ${r.cardNumber})` : ""}.`,
      },
      { kind: "paragraph", text: `Tổ công đoàn: ${r.groupName}.` },
      { kind: "paragraph", text: `Nộp đoàn phí công đoàn tháng ${monthLabel(r.month)}.` },
      { kind: "paragraph", text: `Số tiền: ${dong(r.amount)} đồng.`, bold: true },
      { kind: "paragraph", text: `Hình thức: ${method}; ngày nộp ${formatDate(r.paidOn)}.` },
      ...(r.note ? [{ kind: "paragraph" as const, text: `Ghi chú: ${r.note}.` }] : []),
      ...(r.reverses
        ? [
            {
              kind: "paragraph" as const,
              text: `Ghi âm (hoàn tác) khoản nộp tháng ${monthLabel(r.reverses.month)} ngày ${formatDate(r.reverses.paidOn)}.`,
              italic: true,
            },
          ]
        : []),
      {
        kind: "signatures",
        left: { title: "NGƯỜI NỘP TIỀN", name: r.memberName },
        right: { title: "NGƯỜI THU TIỀN", name: r.collectorName ?? undefined },
      },
      { kind: "signatures", left: { title: "THỦ QUỸ" }, right: CHAIR_SIGNATURE(chairName) },
    ],
  };
}
