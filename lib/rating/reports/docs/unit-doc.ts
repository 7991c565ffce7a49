// The CĐCS report as blocks: the 1294 template with subtotals, the self and cấp trên levels, and a
// summary of the members' and the tổ's results.
import { formatDate } from "@/lib/format";
import { formatPercent } from "@/lib/rating/quota";
import { cycleYearTitle } from "@/lib/settings/cycle";
import { CHAIR_SIGNATURE, type ReportBlock, type ReportDoc } from "../blocks";
import { orDash, ROMAN, BLANK_NUMBER } from "./common";
import type { UnitReportData } from "../queries/unit-report";

const num = (v: number | null) => (v === null ? "" : String(v));

export function unitDoc(d: UnitReportData): ReportDoc {
  const r = d.report;
  const rows: string[][] = [];
  const bold: number[] = [];
  let n = 0;
  r.groups.forEach((g, gi) => {
    bold.push(rows.length);
    rows.push([
      ROMAN[gi] ?? String(gi + 1),
      g.name,
      String(g.maxPoints),
      String(g.selfPoints),
      num(g.reviewedPoints),
    ]);
    for (const c of g.criteria)
      rows.push([String(++n), c.content, String(c.maxPoints), num(c.selfPoints), num(c.reviewedPoints)]);
  });
  const members = d.counts.unit.usage.byLevel
    .map((l) => `${l.name}: ${l.count} (${l.percent === null ? "—" : `${formatPercent(l.percent)} %`})`)
    .join("; ");
  const groupLevels = d.ry.levels
    .map((l) => `${l.name}: ${d.groups.filter((g) => g.finalLevel === l.name).length}`)
    .join("; ");
  const undecidedGroups = d.groups.filter((g) => !g.finalLevel).length;
  const blocks: ReportBlock[] = [
    { kind: "heading", text: "I. TÓM TẮT KẾT QUẢ" },
    {
      kind: "paragraph",
      text: `1. Đoàn viên: tổng số ${d.counts.unit.total}, được xếp loại ${d.counts.unit.usage.rated}, không xếp loại ${d.counts.unit.excluded}. ${members}.`,
    },
    { kind: "paragraph", text: `Tỉ lệ: ${d.counts.quotaLine}.` },
    {
      kind: "paragraph",
      text: `2. Tổ công đoàn (${d.groups.length} tổ): ${groupLevels}${undecidedGroups ? `; chưa xếp loại: ${undecidedGroups}` : ""}.`,
    },
    { kind: "heading", text: "II. TỰ CHẤM ĐIỂM THEO TIÊU CHÍ (Hướng dẫn 1294/HD-TLĐ)" },
    r.groups.length
      ? {
          kind: "table",
          columns: [
            { header: "TT", width: 0.6, align: "center" },
            { header: "Nội dung tiêu chí", width: 6 },
            { header: "Điểm chuẩn", width: 1.1, align: "center" },
            { header: "CĐCS tự chấm", width: 1.2, align: "center" },
            { header: "Cấp trên thẩm định", width: 1.3, align: "center" },
          ],
          rows,
          boldRows: bold,
          footer: [["", "Tổng cộng", String(r.maxTotal), String(r.selfTotal), num(r.reviewedTotal)]],
        }
      : { kind: "paragraph", italic: true, text: "Chưa có bảng tiêu chí của năm." },
    { kind: "heading", text: "III. KẾT QUẢ XẾP LOẠI" },
    {
      kind: "paragraph",
      text: `CĐCS tự xếp loại: ${orDash(r.selfLevel)} (${r.selfTotal}/${r.maxTotal} điểm).`,
    },
    {
      kind: "paragraph",
      text: r.reviewedLevel
        ? `Cấp trên thẩm định: ${r.reviewedLevel}${r.reviewedTotal !== null ? ` (${r.reviewedTotal} điểm)` : ""}, theo quyết định số ${r.reviewRef ?? "…"}${r.reviewedOn ? ` ngày ${formatDate(r.reviewedOn)}` : ""}.`
        : "Cấp trên thẩm định: chưa có kết quả.",
    },
    ...(r.note ? [{ kind: "paragraph", text: `Ghi chú: ${r.note}` } as ReportBlock] : []),
    { kind: "signatures", right: CHAIR_SIGNATURE(d.chairName) },
    { kind: "recipients", items: ["Công đoàn cấp trên (để thẩm định)", "Ban Chấp hành CĐCS", "Lưu VT"] },
  ];
  return {
    unit: d.unit,
    date: d.date,
    number: BLANK_NUMBER("BC"),
    title: `BÁO CÁO TỰ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG HOẠT ĐỘNG CĐCS ${cycleYearTitle(d.ry.year, d.ry.cycle)}`,
    blocks,
  };
}
