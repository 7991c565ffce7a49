// "SỔ THEO DÕI THĂM HỎI" as a paper of lib/document (PDF, DOCX): the same rows and totals as the
// print page and Excel. A register has no act of its own to date it: the BCH sets the date when
// printing (?date=), else it is left to be written in by hand. Pure.
import type { ReportColumn, ReportDoc } from "@/lib/document/blocks";
import { CHAIR_SIGNATURE } from "@/lib/document/blocks";
import { formatMoney } from "@/lib/format";
import { FUND_LABELS } from "./labels";
import type { Register } from "./register";
import { REGISTER_TITLE, registerCells } from "./register-format";

const COLUMNS: ReportColumn[] = [
  { header: "STT", width: 1.5, align: "center" },
  { header: "Ngày sự việc", width: 2.6 },
  { header: "Họ tên đoàn viên", width: 4.2 },
  { header: "Tổ", width: 3 },
  { header: "Người được thăm", width: 3.4 },
  { header: "Nội dung", width: 3.8 },
  { header: "Người đi thăm", width: 4.4 },
  { header: "Số tiền (đ)", width: 2.6, align: "right" },
  { header: "Nguồn", width: 2.2 },
  { header: "Ghi chú", width: 3.6 },
];

const dong = (n: number) => formatMoney(n).replace(" ₫", "");

export function registerPaper(r: Register): ReportDoc {
  const rows = r.rows.map((row, i) => {
    const c = registerCells(row, i + 1);
    return [
      String(c.no),
      c.eventOn,
      c.member,
      c.group,
      c.person,
      c.category,
      c.visitors,
      dong(c.amount),
      c.fund,
      [c.receipt, c.notes].filter(Boolean).join("; "),
    ];
  });
  const funds = r.summary.funds.map((f) => `${FUND_LABELS[f.fund]}: ${formatMoney(f.total)}`).join("; ");
  return {
    unit: r.unit,
    date: null,
    title: REGISTER_TITLE,
    subtitle: `Năm ${r.year}`,
    fileTitle: `${REGISTER_TITLE} ${r.year}`,
    orientation: "landscape",
    blocks: [
      {
        kind: "table",
        columns: COLUMNS,
        rows,
        footer: [["", "Cộng", "", "", "", "", "", dong(r.summary.total), "", ""]],
      },
      {
        kind: "paragraph",
        text: `Tổng cộng: ${r.summary.count} lượt thăm hỏi, ${formatMoney(r.summary.total)}${funds ? ` (${funds})` : ""}.`,
      },
      { kind: "signatures", right: CHAIR_SIGNATURE(r.chairName) },
      { kind: "recipients", items: ["UBKT CĐCS;", "Lưu: VT."] },
    ],
  };
}
