// "CHƯƠNG TRÌNH CÔNG TÁC CÔNG ĐOÀN NĂM …" as a paper of lib/document (decision 0064): the items
// grouped by month or quarter, with the người phụ trách and what became of each, signed for the
// BCH. The programme is adopted on a day the BCH writes when printing (?date=). Pure.
import { CHAIR_SIGNATURE, type ReportDoc, type ReportUnit } from "@/lib/document/blocks";
import { STATE_LABELS } from "./labels";
import { groupByPeriod, type Programme, type ProgrammeRow } from "./load";

export const programmeTitle = (yearLabel: string) => `Chương trình công tác công đoàn ${yearLabel}`;

/** What the "Ghi chú" column says: nothing for a plain planned item. */
export function itemNote(i: ProgrammeRow): string {
  const moved = i.movedFrom
    ? `Chuyển từ ${i.movedFrom.startsWith("M") ? "tháng" : "quý"} ${i.movedFrom.slice(1)}`
    : "";
  const parts = [
    i.state === "PLANNED" ? "" : STATE_LABELS[i.state],
    i.state === "DONE" && i.linkLabel ? i.linkLabel : "",
    i.state === "MOVED" || i.state === "DROPPED" ? (i.stateReason ?? "") : "",
    i.state !== "MOVED" ? moved : "",
  ];
  return parts.filter(Boolean).join(". ");
}

export function programmePaper(unit: ReportUnit, p: Programme): ReportDoc {
  const groups = groupByPeriod(p.items);
  const rows: string[][] = [];
  const boldRows: number[] = [];
  let n = 0;
  for (const g of groups) {
    boldRows.push(rows.length);
    rows.push(["", g.label, "", ""]);
    for (const i of g.items)
      rows.push([
        String(++n),
        i.content ? `${i.title}: ${i.content}` : i.title,
        i.ownerName ?? "",
        itemNote(i),
      ]);
  }
  return {
    unit,
    date: null,
    title: programmeTitle(p.yearLabel),
    subtitle: "(Kế hoạch công tác theo tháng, quý)",
    orientation: "landscape",
    blocks: [
      { kind: "heading", text: "I. MỤC ĐÍCH, YÊU CẦU" },
      {
        kind: "paragraph",
        text: "Cụ thể hóa nghị quyết đại hội và chương trình công tác của công đoàn cấp trên thành những việc làm theo từng tháng, quý; phân công rõ người phụ trách; làm căn cứ để Ban Chấp hành kiểm điểm, sơ kết, tổng kết.",
      },
      { kind: "heading", text: "II. NỘI DUNG CÔNG TÁC THEO THÁNG, QUÝ" },
      p.items.length
        ? {
            kind: "table",
            columns: [
              { header: "STT", width: 1.2, align: "center" },
              { header: "Nội dung công việc", width: 10 },
              { header: "Người phụ trách", width: 4 },
              { header: "Ghi chú", width: 5 },
            ],
            rows,
            boldRows,
          }
        : { kind: "paragraph", text: "(Chưa có nội dung nào trong chương trình.)", italic: true },
      { kind: "heading", text: "III. TỔ CHỨC THỰC HIỆN" },
      {
        kind: "paragraph",
        text: "Các đồng chí ủy viên Ban Chấp hành, tổ trưởng công đoàn căn cứ chương trình xây dựng kế hoạch cụ thể và tổ chức thực hiện; hằng tháng Ban Chấp hành kiểm điểm việc thực hiện tại cuộc họp thường kỳ.",
      },
      { kind: "signatures", right: CHAIR_SIGNATURE("") },
      {
        kind: "recipients",
        items: ["Công đoàn cấp trên (để báo cáo);", "Các tổ công đoàn (để thực hiện);", "Lưu: BCH."],
      },
    ],
  };
}
