// "DANH SÁCH ĐỀ NGHỊ CẤP THẺ ĐOÀN VIÊN CÔNG ĐOÀN": the list the CĐCS sends to the cấp trên (làm
// thẻ mới, thẻ cũ đổi thẻ mới, mất thẻ làm lại), as report blocks. Pure.
import { CHAIR_SIGNATURE, type ReportDoc } from "@/lib/document/blocks";
import { formatDate } from "@/lib/format";
import { CARD_KIND_LABELS, CARD_STATUS_LABELS } from "./labels";
import type { CardListReport, CardRequestRow } from "./queries";

const vn = (iso: string) => iso.split("-").reverse().join("/");
const birthYear = (r: CardRequestRow) =>
  r.member.dateOfBirth ? String(r.member.dateOfBirth.getUTCFullYear()) : "";

export function cardListCells(r: CardRequestRow, i: number) {
  const female = r.member.gender === "FEMALE";
  return [
    String(i + 1),
    r.member.fullName,
    female ? "" : birthYear(r),
    female ? birthYear(r) : "",
    r.member.hometown ?? "",
    r.member.group.name,
    formatDate(r.member.joinedUnionOn),
    CARD_KIND_LABELS[r.kind],
    r.kind === "NEW" ? "" : (r.member.cardNumber ?? ""),
    CARD_STATUS_LABELS[r.status],
  ];
}

export const CARD_LIST_HEADERS = [
  "TT",
  "Họ và tên",
  "Năm sinh (Nam)",
  "Năm sinh (Nữ)",
  "Quê quán",
  "Tổ công đoàn",
  "Ngày vào CĐ",
  "Loại đề nghị",
  "Số thẻ cũ",
  "Tình trạng",
];

export function cardListDoc(r: CardListReport): ReportDoc {
  const count = (k: keyof typeof CARD_KIND_LABELS) => r.rows.filter((x) => x.kind === k).length;
  return {
    unit: r.unit,
    date: null,
    title: "DANH SÁCH ĐỀ NGHỊ CẤP THẺ ĐOÀN VIÊN CÔNG ĐOÀN",
    subtitle: `Từ ngày ${vn(r.from)} đến ngày ${vn(r.to)}`,
    orientation: "landscape",
    blocks: [
      {
        kind: "paragraph",
        text: `Tổng số: ${r.rows.length} đoàn viên (làm thẻ mới: ${count("NEW")}; thẻ cũ đổi thẻ mới: ${count("REPLACE")}; mất thẻ làm lại: ${count("LOST")}). Kèm theo mỗi người 02 ảnh màu cỡ 2x3.`,
      },
      {
        kind: "table",
        columns: [
          { header: CARD_LIST_HEADERS[0], width: 0.6, align: "center" },
          { header: CARD_LIST_HEADERS[1], width: 3 },
          { header: CARD_LIST_HEADERS[2], width: 1, align: "center" },
          { header: CARD_LIST_HEADERS[3], width: 1, align: "center" },
          { header: CARD_LIST_HEADERS[4], width: 1.8 },
          { header: CARD_LIST_HEADERS[5], width: 2 },
          { header: CARD_LIST_HEADERS[6], width: 1.3, align: "center" },
          { header: CARD_LIST_HEADERS[7], width: 1.8 },
          { header: CARD_LIST_HEADERS[8], width: 1.4 },
          { header: CARD_LIST_HEADERS[9], width: 1.4 },
        ],
        rows: r.rows.map(cardListCells),
      },
      { kind: "signatures", right: CHAIR_SIGNATURE(r.chairName) },
      { kind: "recipients", items: ["Công đoàn cấp trên;", "Lưu VT."] },
    ],
  };
}
