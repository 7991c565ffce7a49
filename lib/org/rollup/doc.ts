// A roll-up section as a paper (lib/document): the print view lays it out. Pure.
import type { ReportBlock, ReportDoc } from "@/lib/document/blocks";
import { formatCount } from "@/lib/format";
import type { RollupCell, RollupTable } from "./table";

export function formatRollupCell(v: RollupCell): string {
  if (v === null) return "";
  return typeof v === "number" ? formatCount(v) : v;
}

/** The column headers, with the group in front ("Ốm đau – Lượt"). */
export const columnHeader = (c: RollupTable["columns"][number]) =>
  c.group ? `${c.group} – ${c.label}` : c.label;

/** The table of some of the columns (`pick`: their indexes), headed by `header`. */
function tableBlock(t: RollupTable, pick: number[], header: (i: number) => string): ReportBlock {
  const cells = (row: RollupTable["total"]) => pick.map((i) => formatRollupCell(row[i]));
  return {
    kind: "table",
    columns: [
      { header: "TT", width: 0.6, align: "center" },
      { header: "Công đoàn cơ sở", width: 3.2 },
      ...pick.map((i) => ({
        header: header(i),
        width: t.columns[i].money ? 1.4 : 1,
        align: "right" as const,
      })),
    ],
    rows: t.rows.map((r, n) => [String(n + 1), r.name, ...cells(r.cells)]),
    footer: [["", "Tổng cộng", ...cells(t.total)]],
    compact: t.rows.length > 150,
  };
}

export function rollupDoc(
  t: RollupTable,
  upper: { name: string; parentName: string; placeName: string },
): ReportDoc {
  const all = t.columns.map((_, i) => i);
  // Welfare has a pair of columns per category: on A4 it prints as two tables, cases then đồng.
  const tables: ReportBlock[] =
    t.section === "welfare"
      ? [
          { kind: "heading", text: "I. SỐ LƯỢT" },
          tableBlock(
            t,
            all.filter((i) => !t.columns[i].money),
            (i) => t.columns[i].group ?? "",
          ),
          { kind: "heading", text: "II. SỐ TIỀN (ĐỒNG)" },
          tableBlock(
            t,
            all.filter((i) => t.columns[i].money),
            (i) => t.columns[i].group ?? "",
          ),
        ]
      : [tableBlock(t, all, (i) => columnHeader(t.columns[i]))];
  const blocks: ReportBlock[] = [
    ...tables,
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
