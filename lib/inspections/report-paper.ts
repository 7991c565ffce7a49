// "BÁO CÁO CÔNG TÁC KIỂM TRA NĂM …" of the UBKT as a paper of lib/document: the plan against what
// was held, the findings by severity, and each kiến nghị with how the BCH carried it out, as of
// `today`. Pure: the route and the print page pass the same data.
import type { ReportDoc, ReportUnit } from "@/lib/document/blocks";
import { formatDate } from "@/lib/format";
import { RECOMMENDATION_LABELS, SEVERITIES, SEVERITY_LABELS, STATUS_LABELS, SUBJECT_LABELS } from "./labels";
import type { InspectionDetail, PlanItem } from "./queries";

export const reportTitle = (year: number) => `Báo cáo công tác kiểm tra năm ${year}`;

type Rec = InspectionDetail["recommendations"][number];

/** What became of a kiến nghị: done (on the day the BCH did it), waiting, or overdue. */
export function recommendationOutcome(r: Rec, today: Date): string {
  const accepted = r.responses.findLast((x) => x.accepted === true);
  if (r.status === "ACCEPTED" && accepted) return `Đã thực hiện ngày ${formatDate(accepted.doneOn)}`;
  const overdue = r.dueOn < today ? " (quá hạn)" : "";
  return `${RECOMMENDATION_LABELS[r.status]}${overdue}`;
}

export function reportPaper(
  unit: ReportUnit,
  year: number,
  plan: PlanItem[],
  held: InspectionDetail[],
  chairName: string,
  today: Date,
): ReportDoc {
  const planned = plan.filter((p) => !p.archivedAt).length;
  const findings = held.flatMap((i) => i.findings.filter((f) => !f.withdrawnAt));
  const recs = held.flatMap((i) =>
    i.recommendations.filter((r) => r.status !== "WITHDRAWN").map((r) => ({ r, i })),
  );
  const done = recs.filter(({ r }) => r.status === "ACCEPTED").length;
  const bySeverity = SEVERITIES.map(
    (s) => `${SEVERITY_LABELS[s].toLowerCase()}: ${findings.filter((f) => f.severity === s).length}`,
  ).join("; ");
  return {
    unit,
    date: null,
    title: reportTitle(year),
    subtitle: "của Ủy ban Kiểm tra Công đoàn cơ sở",
    orientation: "landscape",
    blocks: [
      { kind: "heading", text: "I. KẾT QUẢ THỰC HIỆN KẾ HOẠCH KIỂM TRA" },
      {
        kind: "paragraph",
        text: `Kế hoạch năm ${year} có ${planned} nội dung kiểm tra; Ủy ban Kiểm tra đã tiến hành ${held.length} cuộc kiểm tra.`,
      },
      {
        kind: "table",
        columns: [
          { header: "STT", width: 1.2, align: "center" },
          { header: "Cuộc kiểm tra", width: 6 },
          { header: "Nội dung", width: 3.4 },
          { header: "Thời kỳ kiểm tra", width: 3.6 },
          { header: "Tình trạng", width: 2.6 },
          { header: "Phát hiện", width: 1.8, align: "right" },
          { header: "Kiến nghị", width: 1.8, align: "right" },
        ],
        rows: held.map((i, n) => [
          String(n + 1),
          i.title,
          SUBJECT_LABELS[i.subject],
          `${formatDate(i.periodFrom)} – ${formatDate(i.periodTo)}`,
          STATUS_LABELS[i.status],
          String(i.findings.filter((f) => !f.withdrawnAt).length),
          String(i.recommendations.filter((r) => r.status !== "WITHDRAWN").length),
        ]),
        footer: [["", "Cộng", "", "", "", String(findings.length), String(recs.length)]],
      },
      { kind: "heading", text: "II. CÁC PHÁT HIỆN QUA KIỂM TRA" },
      { kind: "paragraph", text: `Tổng số ${findings.length} phát hiện (${bySeverity}).` },
      { kind: "heading", text: "III. KIẾN NGHỊ VÀ VIỆC THỰC HIỆN KIẾN NGHỊ" },
      {
        kind: "paragraph",
        text: `Ủy ban Kiểm tra đã kiến nghị ${recs.length} nội dung; đã thực hiện xong ${done}, còn ${recs.length - done}.`,
      },
      {
        kind: "table",
        columns: [
          { header: "STT", width: 1.2, align: "center" },
          { header: "Kiến nghị", width: 7 },
          { header: "Cuộc kiểm tra", width: 4.4 },
          { header: "Trách nhiệm", width: 3 },
          { header: "Thời hạn", width: 2.2, align: "center" },
          { header: "Kết quả thực hiện", width: 4 },
        ],
        rows: recs.map(({ r, i }, n) => [
          String(n + 1),
          r.text,
          i.title,
          r.responsible,
          formatDate(r.dueOn),
          recommendationOutcome(r, today),
        ]),
      },
      { kind: "signatures", right: { lead: "TM. ỦY BAN KIỂM TRA", title: "CHỦ NHIỆM", name: chairName } },
      { kind: "recipients", items: ["Ban Chấp hành CĐCS;", "Lưu: UBKT."] },
    ],
  };
}
