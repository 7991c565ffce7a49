// The TỔNG HỢP as report blocks (print page, PDF and DOCX lay out the same blocks).
import { formatPercent } from "@/lib/rating/quota";
import { cycleYearTitle } from "@/lib/settings/cycle";
import { CHAIR_SIGNATURE, type ReportBlock, type ReportColumn, type ReportDoc } from "../blocks";
import { decisionLine, finalText, levelHeader, orDash, BLANK_NUMBER } from "./common";
import { countCell } from "../queries/level-counts";
import type { RatingSummary } from "../queries/summary";

/** Long tables go on the PDF's fast path. */
const COMPACT_FROM = 150;

export function summaryDoc(s: RatingSummary): ReportDoc {
  const { ry, counts } = s;
  const levels = ry.levels.map((l) => l.name);
  const perLevel = counts.unit.usage.byLevel;
  const groupCols: ReportColumn[] = [
    { header: "TT", width: 0.6, align: "center" },
    { header: "Tổ công đoàn", width: 3 },
    { header: "Số ĐV", width: 0.9, align: "center" },
    ...levels.map((l) => ({ header: levelHeader(l), width: 1.5, align: "center" as const })),
    { header: "Không xếp loại", width: 1.2, align: "center" },
    { header: "Chưa quyết định", width: 1.2, align: "center" },
  ];
  const groupRows = counts.perGroup.map((g, i) => [
    String(i + 1),
    g.name,
    String(g.total),
    ...g.usage.byLevel.map((l) => countCell(l.count, l.percent)),
    String(g.excluded),
    String(g.undecided),
  ]);
  const total = [
    "",
    "Toàn CĐCS",
    String(counts.unit.total),
    ...perLevel.map((l) => countCell(l.count, l.percent)),
    String(counts.unit.excluded),
    String(counts.unit.undecided),
  ];
  const exceptions = s.list.filter((r) => r.exceptionReason && !r.excludedReason);
  const excluded = s.list.filter((r) => r.excludedReason);
  const blocks: ReportBlock[] = [
    { kind: "paragraph", text: decisionLine(ry.decisionRef, ry.decidedOn, s.decisionMeeting) },
    { kind: "heading", text: "I. KẾT QUẢ CHUNG" },
    {
      kind: "paragraph",
      text: `Tổng số đoàn viên: ${counts.unit.total}; được xếp loại: ${counts.unit.usage.rated}; không xếp loại: ${counts.unit.excluded}; chưa quyết định: ${counts.unit.undecided}.`,
    },
    ...perLevel.map((l): ReportBlock => ({
      kind: "paragraph",
      text: `- ${l.name}: ${l.count} đoàn viên (${l.percent === null ? "—" : `${formatPercent(l.percent)} %`}).`,
    })),
    { kind: "paragraph", bold: true, text: `Tỉ lệ: ${counts.quotaLine}.` },
    {
      kind: "paragraph",
      italic: true,
      text: `Viết tắt: ${levels.map((l) => `${levelHeader(l)} – ${l}`).join("; ")}. Tỉ lệ % tính trên số đoàn viên được xếp loại của tổ.`,
    },
    { kind: "heading", text: "II. KẾT QUẢ THEO TỔ CÔNG ĐOÀN" },
    {
      kind: "table",
      columns: groupCols,
      rows: groupRows,
      footer: [total],
      compact: groupRows.length > COMPACT_FROM,
    },
    { kind: "heading", text: `III. CÁC TRƯỜNG HỢP VƯỢT TỈ LỆ VÀ LÝ DO (${exceptions.length})` },
    exceptions.length
      ? {
          kind: "table",
          columns: [
            { header: "TT", width: 0.6, align: "center" },
            { header: "Họ và tên", width: 3 },
            { header: "Tổ", width: 2.2 },
            { header: "Mức xếp loại", width: 3 },
            { header: "Lý do", width: 5 },
          ],
          rows: exceptions.map((r, i) => [
            String(i + 1),
            r.fullName,
            r.groupName,
            finalText(r),
            r.exceptionReason ?? "",
          ]),
          compact: exceptions.length > COMPACT_FROM,
        }
      : { kind: "paragraph", text: "Không có trường hợp nào." },
    { kind: "heading", text: `IV. ĐOÀN VIÊN KHÔNG XẾP LOẠI (${excluded.length})` },
    excluded.length
      ? {
          kind: "table",
          columns: [
            { header: "TT", width: 0.6, align: "center" },
            { header: "Họ và tên", width: 3 },
            { header: "Tổ", width: 2.2 },
            { header: "Lý do", width: 6 },
          ],
          rows: excluded.map((r, i) => [String(i + 1), r.fullName, r.groupName, r.excludedReason ?? ""]),
          compact: excluded.length > COMPACT_FROM,
        }
      : { kind: "paragraph", text: "Không có đoàn viên nào." },
    { kind: "heading", text: "V. DANH SÁCH ĐOÀN VIÊN VÀ MỨC XẾP LOẠI" },
    {
      kind: "table",
      columns: [
        { header: "TT", width: 0.8, align: "center" },
        { header: "Họ và tên", width: 3.2 },
        { header: "Tổ công đoàn", width: 2.2 },
        { header: "Tự xếp loại", width: 2.6 },
        { header: "Tổ đề xuất", width: 2.6 },
        { header: "Mức xếp loại", width: 2.6 },
      ],
      rows: s.list.map((r, i) => [
        String(i + 1),
        r.fullName,
        r.groupName,
        orDash(r.selfLevel),
        orDash(r.proposedLevel),
        finalText(r),
      ]),
      compact: s.list.length > COMPACT_FROM,
    },
    { kind: "signatures", right: CHAIR_SIGNATURE(s.chairName) },
    { kind: "recipients", items: ["Công đoàn cấp trên (để báo cáo)", "Ban Chấp hành CĐCS", "Lưu VT"] },
  ];
  return {
    unit: s.unit,
    date: s.date,
    number: BLANK_NUMBER("BC"),
    title: `TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI ĐOÀN VIÊN ${cycleYearTitle(ry.year, ry.cycle)}`,
    orientation: "landscape",
    blocks,
  };
}
