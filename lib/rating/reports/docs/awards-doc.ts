import { cycleYearLabel } from "@/lib/settings/cycle";
import { BLANK_NUMBER } from "./common";
// "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG" as blocks: collective titles first, then the members'.
import { CHAIR_SIGNATURE, type ReportBlock, type ReportDoc } from "../blocks";
import type { AwardsReportData } from "../queries/awards";

const COLUMNS = [
  { header: "TT", width: 0.6, align: "center" as const },
  { header: "Họ và tên / Tập thể", width: 3 },
  { header: "Tổ công đoàn", width: 2.2 },
  { header: "Danh hiệu", width: 2.6 },
  { header: "Kết quả bình xét", width: 2.2 },
  { header: "Lý do / hình thức đề nghị", width: 3 },
];

export function awardsDoc(d: AwardsReportData): ReportDoc {
  const table = (kind: "group" | "member"): ReportBlock => {
    const rows = d.awards.filter((a) => a.subjectKind === kind);
    if (!rows.length) return { kind: "paragraph", text: "Không có." };
    return {
      kind: "table",
      columns: COLUMNS,
      rows: rows.map((a, i) => [
        String(i + 1),
        a.subjectName,
        a.groupName ?? "",
        a.titleName,
        a.resultLabel,
        [a.commendationName, a.reason].filter(Boolean).join(" – "),
      ]),
      compact: rows.length > 150,
    };
  };
  const groups = d.awards.filter((a) => a.subjectKind === "group").length;
  const blocks: ReportBlock[] = [
    {
      kind: "paragraph",
      text: `Căn cứ kết quả bình xét thi đua ${cycleYearLabel(d.ry.year, d.ry.cycle)} của Ban Chấp hành, đề nghị khen thưởng ${groups} tập thể và ${d.awards.length - groups} cá nhân sau:`,
    },
    { kind: "heading", text: "I. TẬP THỂ" },
    table("group"),
    { kind: "heading", text: "II. CÁ NHÂN" },
    table("member"),
    { kind: "signatures", right: CHAIR_SIGNATURE(d.chairName) },
    {
      kind: "recipients",
      items: ["Công đoàn cấp trên (để xét khen thưởng)", "Ban Chấp hành CĐCS", "Lưu VT"],
    },
  ];
  return {
    unit: d.unit,
    date: d.date,
    number: BLANK_NUMBER("TTr"),
    title: "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG",
    subtitle: `(Kèm theo kết quả bình xét thi đua ${cycleYearLabel(d.ry.year, d.ry.cycle)})`,
    blocks,
  };
}
