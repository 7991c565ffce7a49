// A roll-up section as a paper (lib/document): the print view lays it out. Pure.
import type { ReportBlock, ReportDoc } from "@/lib/document/blocks";
import { formatCount } from "@/lib/format";
import type { RollupCell, RollupTable } from "./table";

export function formatRollupCell(v: RollupCell): string {
  if (v === null) return "";
  return typeof v === "number" ? formatCount(v) : v;
}

/** The column headers, with the group in front ("Ốm đau – Lượt"). */
export const columnHeader = (c: RollupTable["columns"][number]) => (c.group ? `${c.group} – ${c.label}` : c.label);

export function rollupDoc(t: RollupTable, upper: { name: string; parentName: string; placeName: string }): ReportDoc {
  const blocks: ReportBlock[] = [
    {
      kind: "table",
      columns: [
        { header: "TT", width: 0.6, align: "center" },
        { header: "Công đoàn cơ sở", width: 3.2 },
        ...t.columns.map((c) => ({ header: columnHeader(c), width: c.money ? 1.3 : 0.95, align: "right" as const })),
      ],
      rows: t.rows.map((r, i) => [String(i + 1), r.name, ...r.cells.map(formatRollupCell)]),
      footer: [["", "Tổng cộng", ...t.total.map(formatRollupCell)]],
      compact: t.rows.length > 150,
    },
    ...t.notes.map((text) => ({ kind: "paragraph" as const, italic: true, text })),
  ];
  return {
    unit: upper,
    date: null,
    title: `BÁO CÁO TỔNG HỢP: ${t.title.toUpperCase()}`,
    subtitle: `Năm ${t.year}`,
    fileTitle: `Báo cáo tổng hợp – ${t.title} – năm ${t.year}`,
    orientation: "landscape",
    blocks,
  };
}
