// The fund's papers as ReportDoc (lib/document → print page, PDF, DOCX): the BÁO CÁO THU, CHI TÀI
// CHÍNH CĐCS of a quarter or year, the sổ quỹ tiền mặt / sổ tiền gửi, and a phiếu thu / phiếu chi.
// Built from the same figures the screens show. Pure.
import type { ReportColumn, ReportDoc, ReportUnit } from "@/lib/document/blocks";
import { CHAIR_SIGNATURE } from "@/lib/document/blocks";
import { formatDate, formatMoney } from "@/lib/format";
import { ACCOUNT_LABELS, BOOK_TITLES, VOUCHER_TITLES, type Direction } from "../labels";
import type { Book } from "./books";
import { lastDay } from "./period";
import type { FundReport } from "./report";

export const REPORT_TITLE = "BÁO CÁO THU, CHI TÀI CHÍNH CÔNG ĐOÀN CƠ SỞ";
const dong = (n: number | null) => (n === null ? "" : formatMoney(n).replace(" ₫", ""));
const percent = (done: number, budget: number | null) =>
  budget ? `${(Math.round((done / budget) * 1000) / 10).toLocaleString("vi-VN")} %` : "";

const REPORT_COLUMNS: ReportColumn[] = [
  { header: "STT", width: 1.2, align: "center" },
  { header: "Nội dung", width: 7 },
  { header: "Dự toán năm (đ)", width: 2.8, align: "right" },
  { header: "Thực hiện kỳ này (đ)", width: 2.8, align: "right" },
  { header: "Lũy kế từ đầu năm (đ)", width: 2.8, align: "right" },
  { header: "So dự toán", width: 1.8, align: "right" },
];

export function reportPaper(r: FundReport, unit: ReportUnit, chairName: string): ReportDoc {
  const rows: string[][] = [];
  const bold: number[] = [];
  const section = (label: string, d: Direction, t: FundReport["income"]) => {
    bold.push(rows.length);
    rows.push([
      d === "IN" ? "I" : "II",
      label,
      dong(t.budget),
      dong(t.period),
      dong(t.yearToDate),
      percent(t.yearToDate, t.budget),
    ]);
    r.lines
      .filter((l) => l.direction === d)
      .forEach((l, i) =>
        rows.push([
          String(i + 1),
          l.name,
          dong(l.budget),
          dong(l.period),
          dong(l.yearToDate),
          percent(l.yearToDate, l.budget),
        ]),
      );
  };
  section("THU", "IN", r.income);
  section("CHI", "OUT", r.spending);
  const balances: string[][] = [
    ["Tồn đầu kỳ", dong(r.opening.CASH), dong(r.opening.BANK), dong(r.opening.TOTAL)],
    ["Thu trong kỳ", "", "", dong(r.income.period)],
    ["Chi trong kỳ", "", "", dong(r.spending.period)],
    ["Tồn cuối kỳ", dong(r.closing.CASH), dong(r.closing.BANK), dong(r.closing.TOTAL)],
  ];
  const notes = r.notes.map(
    (n) => `Ghi chú kiểm tra của UBKT (${formatDate(n.periodFrom)}–${formatDate(n.periodTo)}): ${n.note}`,
  );
  return {
    unit,
    date: null,
    title: REPORT_TITLE,
    subtitle: `${capital(r.period.label)} (từ ngày ${formatDate(r.period.from)} đến ngày ${formatDate(lastDay(r.period))})`,
    fileTitle: `${REPORT_TITLE} ${r.period.label}`,
    blocks: [
      { kind: "heading", text: "I. Thu, chi trong kỳ" },
      { kind: "table", columns: REPORT_COLUMNS, rows, boldRows: bold },
      { kind: "heading", text: "II. Số dư quỹ" },
      {
        kind: "table",
        columns: [
          { header: "Chỉ tiêu", width: 5 },
          { header: "Tiền mặt (đ)", width: 3, align: "right" },
          { header: "Tiền gửi (đ)", width: 3, align: "right" },
          { header: "Cộng (đ)", width: 3, align: "right" },
        ],
        rows: balances,
        boldRows: [0, 3],
        keepTogether: true,
      },
      ...notes.map((text) => ({ kind: "paragraph" as const, text, italic: true })),
      { kind: "signatures", left: { title: "NGƯỜI LẬP BIỂU" }, right: CHAIR_SIGNATURE(chairName) },
      { kind: "recipients", items: ["Công đoàn cấp trên;", "UBKT CĐCS;", "Lưu: VT."] },
    ],
  };
}

export function bookPaper(b: Book, unit: ReportUnit, chairName: string, periodLabel: string): ReportDoc {
  const rows = b.rows.map((r) => [
    formatDate(r.date),
    r.direction === "IN" ? r.voucherNo : "",
    r.direction === "OUT" ? r.voucherNo : "",
    r.description,
    r.income ? dong(r.income) : "",
    r.spending ? dong(r.spending) : "",
    dong(r.balance),
  ]);
  return {
    unit,
    date: null,
    title: BOOK_TITLES[b.account],
    subtitle: capital(periodLabel),
    fileTitle: `${BOOK_TITLES[b.account]} ${periodLabel}`,
    orientation: "landscape",
    blocks: [
      {
        kind: "table",
        columns: [
          { header: "Ngày", width: 2.2 },
          { header: "Số phiếu thu", width: 2.2 },
          { header: "Số phiếu chi", width: 2.2 },
          { header: "Diễn giải", width: 8.2 },
          { header: "Thu (đ)", width: 2.6, align: "right" },
          { header: "Chi (đ)", width: 2.6, align: "right" },
          { header: "Tồn (đ)", width: 2.8, align: "right" },
        ],
        rows: [["", "", "", "Số dư đầu kỳ", "", "", dong(b.opening)], ...rows],
        boldRows: [0],
        footer: [
          ["", "", "", "Cộng phát sinh", dong(b.income), dong(b.spending), ""],
          ["", "", "", "Số dư cuối kỳ", "", "", dong(b.closing)],
        ],
        compact: rows.length > 200,
      },
      ...b.reconciliations.map((c) => ({
        kind: "paragraph" as const,
        text:
          `Đối chiếu ngày ${formatDate(c.date)}: sổ ${formatMoney(c.bookBalance)}, thực tế ${formatMoney(c.actualBalance)}, ` +
          `chênh lệch ${formatMoney(c.difference)}${c.note ? ` (${c.note})` : ""}.`,
        italic: true,
      })),
      { kind: "signatures", left: { title: "NGƯỜI GHI SỔ" }, right: CHAIR_SIGNATURE(chairName) },
    ],
  };
}

export type VoucherData = {
  direction: Direction;
  voucherNo: string;
  voucherYear: number;
  date: Date;
  account: keyof typeof ACCOUNT_LABELS;
  amount: number;
  description: string;
  categoryName: string;
  reversesNo: string | null;
};

export function voucherPaper(v: VoucherData, unit: ReportUnit, chairName: string): ReportDoc {
  const who = v.direction === "IN" ? "NGƯỜI NỘP TIỀN" : "NGƯỜI NHẬN TIỀN";
  return {
    unit,
    number: `${v.voucherNo}/${v.voucherYear}`,
    date: v.date,
    dateFixed: true,
    title: VOUCHER_TITLES[v.direction],
    fileTitle: `${VOUCHER_TITLES[v.direction]} ${v.voucherNo}/${v.voucherYear}`,
    blocks: [
      { kind: "paragraph", text: `Nội dung ${v.direction === "IN" ? "thu" : "chi"}: ${v.categoryName}.` },
      { kind: "paragraph", text: `Lý do: ${v.description}.` },
      { kind: "paragraph", text: `Số tiền: ${formatMoney(v.amount)}.`, bold: true },
      { kind: "paragraph", text: `Hình thức: ${ACCOUNT_LABELS[v.account]}.` },
      ...(v.reversesNo
        ? [{ kind: "paragraph" as const, text: `Điều chỉnh (ghi âm) phiếu ${v.reversesNo}.`, italic: true }]
        : []),
      { kind: "signatures", left: { title: who }, right: { title: "THỦ QUỸ" } },
      { kind: "signatures", left: { title: "NGƯỜI LẬP PHIẾU" }, right: CHAIR_SIGNATURE(chairName) },
    ],
  };
}

const capital = (s: string) => s[0].toUpperCase() + s.slice(1);
