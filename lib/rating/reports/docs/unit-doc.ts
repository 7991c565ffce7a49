// The CĐCS report as blocks: the year's score sheet (the unit type's 1294 sheet, cited, or the BCH's
// edit of it) with subtotals, the self and cấp trên levels, a summary of the members' and the tổ's
// results, and, when the year was finalised with items missing, what was missing and why.
import { formatDate } from "@/lib/format";
import { formatPercent } from "@/lib/rating/quota";
import { cycleYearTitle } from "@/lib/settings/cycle";
import { CHAIR_SIGNATURE, type ReportBlock, type ReportDoc } from "../blocks";
import { orDash, ROMAN, BLANK_NUMBER, refNumber } from "./common";
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
      // The TT column numbers the group; the template's own "1. " would number it twice.
      g.name.replace(/^\d+\.\s*/, ""),
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
    { kind: "heading", text: "II. TỰ CHẤM ĐIỂM THEO TIÊU CHÍ" },
    { kind: "paragraph", italic: true, text: sheetSource(r) },
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
        ? `Cấp trên thẩm định: ${r.reviewedLevel}${r.reviewedTotal !== null ? ` (${r.reviewedTotal} điểm)` : ""}, theo quyết định số ${refNumber(r.reviewRef) ?? "…"}${r.reviewedOn ? ` ngày ${formatDate(r.reviewedOn)}` : ""}.`
        : "Cấp trên thẩm định: chưa có kết quả.",
    },
    ...(r.note ? [{ kind: "paragraph", text: `Ghi chú: ${r.note}` } as ReportBlock] : []),
    ...overrideBlocks(r),
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

/** Which sheet the table follows: the built-in sheet of the unit type with its guidance, or the BCH's edit. */
function sheetSource(r: UnitReportData["report"]): string {
  const bonus = r.groups.some((g) => /điểm thưởng/i.test(g.name));
  const total = `Tổng ${r.maxTotal} điểm${bonus ? ", kể cả điểm thưởng" : ""}.`;
  return r.template
    ? `Bảng điểm CĐCS khu vực ${r.template.unitType}, theo ${r.template.guidance}. ${total}`
    : `Bảng điểm theo hướng dẫn của công đoàn cấp trên, Ban Chấp hành điều chỉnh từ mẫu của Hướng dẫn số 1294/HD-TLĐ ngày 14/8/2019. ${total}`;
}

/** "Chốt khi còn thiếu": the items and the BCH's written reason, as recorded when finalising. */
function overrideBlocks(r: UnitReportData["report"]): ReportBlock[] {
  if (!r.override) return [];
  const on = r.override.finalisedAt ? ` ngày ${formatDate(r.override.finalisedAt)}` : "";
  return [
    { kind: "heading", text: "IV. CHỐT KẾT QUẢ KHI CÒN THIẾU" },
    {
      kind: "paragraph",
      text: `Ban Chấp hành chốt kết quả${on} khi còn thiếu: ${r.override.items.map((i) => i.replace(/\.$/, "")).join("; ")}.`,
    },
    { kind: "paragraph", text: `Lý do: ${r.override.reason}` },
  ];
}
