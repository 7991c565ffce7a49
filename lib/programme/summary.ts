import "server-only";
// "Kết quả thực hiện chương trình công tác" for the báo cáo tổng kết: the counts by state and the
// items not done, as blocks of lib/document. Read from the same loadProgramme as the screen.
import type { ReportBlock } from "@/lib/document/blocks";
import { STATE_LABELS } from "./labels";
import { countStates, loadProgramme } from "./load";

const pct = (n: number, of: number) =>
  of ? `${Math.round((n * 1000) / of) / 10}`.replace(".", ",") + " %" : "—";

export async function programmeSummaryBlocks(unitId: string, cycleYear: number): Promise<ReportBlock[]> {
  const p = await loadProgramme(unitId, cycleYear);
  const heading: ReportBlock = { kind: "heading", text: "Kết quả thực hiện chương trình công tác" };
  if (!p.items.length)
    return [
      heading,
      {
        kind: "paragraph",
        text: `Đơn vị chưa lập chương trình công tác ${p.yearLabel} trong ứng dụng.`,
        italic: true,
      },
    ];
  const c = countStates(p.items);
  const notDone = p.items.filter((i) => i.state !== "DONE");
  const line = (label: string, n: number) => [label, String(n), pct(n, c.total)];
  return [
    heading,
    {
      kind: "paragraph",
      text: `Chương trình công tác ${p.yearLabel} có ${c.total} nội dung; đã thực hiện ${c.done} (${pct(c.done, c.total)}), chuyển kỳ ${c.moved}, không thực hiện ${c.dropped}, chưa thực hiện ${c.planned}.`,
    },
    {
      kind: "table",
      columns: [
        { header: "Nội dung", width: 6 },
        { header: "Số lượng", width: 2, align: "center" },
        { header: "Tỷ lệ", width: 2, align: "center" },
      ],
      rows: [
        line("Đã thực hiện", c.done),
        line("Chuyển kỳ (chưa thực hiện)", c.moved),
        line("Không thực hiện", c.dropped),
        line("Chưa thực hiện theo kế hoạch", c.planned),
      ],
      footer: [["Tổng số nội dung trong chương trình", String(c.total), "100 %"]],
    },
    ...(notDone.length
      ? ([
          { kind: "paragraph", text: "Các nội dung chưa thực hiện:", bold: true },
          {
            kind: "table",
            columns: [
              { header: "STT", width: 1, align: "center" },
              { header: "Thời gian", width: 3 },
              { header: "Nội dung công việc", width: 7 },
              { header: "Người phụ trách", width: 3.5 },
              { header: "Tình trạng, lý do", width: 5 },
            ],
            rows: notDone.map((i, n) => [
              String(n + 1),
              i.periodLabel,
              i.title,
              i.ownerName ?? "",
              [i.state === "PLANNED" ? "Chưa thực hiện" : STATE_LABELS[i.state], i.stateReason]
                .filter(Boolean)
                .join(": "),
            ]),
          },
        ] satisfies ReportBlock[])
      : []),
  ];
}
