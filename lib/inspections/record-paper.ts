// "BIÊN BẢN KIỂM TRA" of one inspection as a paper of lib/document (print page, PDF, DOCX). It is
// dated the day it was concluded; before that it prints as a draft with the date left blank. Signed
// by the trưởng đoàn kiểm tra and the inspected party's representative. Pure.
import type { ReportDoc, ReportUnit } from "@/lib/document/blocks";
import { formatDate } from "@/lib/format";
import { SEVERITY_LABELS, SUBJECT_LABELS } from "./labels";
import type { InspectionDetail } from "./queries";

export const RECORD_TITLE = "Biên bản kiểm tra";

const standing = <T extends { withdrawnAt: Date | null }>(xs: T[]) => xs.filter((x) => !x.withdrawnAt);

export function recordPaper(unit: ReportUnit, i: InspectionDetail, titles: Map<string, string>): ReportDoc {
  const leader = i.team.find((t) => t.isLeader)?.member.fullName ?? "";
  const findings = standing(i.findings);
  const recs = i.recommendations.filter((r) => r.status !== "WITHDRAWN");
  const draft = i.status === "PLANNED" || i.status === "IN_PROGRESS";
  const period = `từ ngày ${formatDate(i.periodFrom)} đến ngày ${formatDate(i.periodTo)}`;
  return {
    unit,
    date: draft ? null : i.concludedOn,
    dateFixed: !draft,
    title: RECORD_TITLE,
    subtitle: `${SUBJECT_LABELS[i.subject]}${draft ? " (dự thảo)" : ""}`,
    fileTitle: `${RECORD_TITLE} – ${i.title}`,
    blocks: [
      {
        kind: "paragraph",
        text: `Thực hiện Kế hoạch kiểm tra năm ${i.year} của Ủy ban Kiểm tra, Đoàn kiểm tra tiến hành kiểm tra “${i.title}” đối với ${i.inspectedParty}, thời kỳ kiểm tra ${period}.`,
      },
      { kind: "heading", text: "I. THÀNH PHẦN" },
      { kind: "paragraph", text: "1. Đoàn kiểm tra:", bold: true },
      ...i.team.map((t) => ({
        kind: "paragraph" as const,
        text: `- ${t.member.fullName}, ${titles.get(t.member.id) ?? "Ủy viên UBKT"}${t.isLeader ? " – Trưởng đoàn" : " – Thành viên"}.`,
      })),
      { kind: "paragraph", text: "2. Bên được kiểm tra:", bold: true },
      {
        kind: "paragraph",
        text: `${i.inspectedParty}; đại diện: ${i.inspectedRepName ?? "……………………"}${i.inspectedRepTitle ? `, ${i.inspectedRepTitle}` : ""}.`,
      },
      { kind: "heading", text: "II. NỘI DUNG VÀ KẾT QUẢ KIỂM TRA" },
      {
        kind: "table",
        columns: [
          { header: "STT", width: 1.2, align: "center" },
          { header: "Nội dung phát hiện", width: 7 },
          { header: "Mức độ", width: 2.4 },
          { header: "Hồ sơ, tài liệu đối chiếu", width: 5 },
        ],
        rows: findings.map((f, n) => [
          String(n + 1),
          f.text,
          SEVERITY_LABELS[f.severity],
          f.evidence.map((e) => e.label).join("; ") || "—",
        ]),
      },
      { kind: "heading", text: "III. KẾT LUẬN" },
      { kind: "paragraph", text: i.conclusion ?? "(Chưa kết luận.)" },
      { kind: "heading", text: "IV. KIẾN NGHỊ" },
      recs.length
        ? {
            kind: "table",
            columns: [
              { header: "STT", width: 1.2, align: "center" },
              { header: "Nội dung kiến nghị", width: 7.4 },
              { header: "Trách nhiệm thực hiện", width: 3.8 },
              { header: "Thời hạn", width: 2.4, align: "center" },
            ],
            rows: recs.map((r, n) => [String(n + 1), r.text, r.responsible, formatDate(r.dueOn)]),
          }
        : { kind: "paragraph", text: "Không có kiến nghị." },
      {
        kind: "paragraph",
        text: `Biên bản được lập thành 02 bản: Ủy ban Kiểm tra giữ 01 bản, ${i.inspectedParty} giữ 01 bản; đã đọc lại cho các thành viên cùng nghe và nhất trí ký tên.`,
        italic: true,
      },
      {
        kind: "signatures",
        left: {
          lead: "ĐẠI DIỆN BÊN ĐƯỢC KIỂM TRA",
          title: (i.inspectedRepTitle ?? "").toUpperCase(),
          name: i.inspectedRepName ?? "",
        },
        right: { lead: "TM. ĐOÀN KIỂM TRA", title: "TRƯỞNG ĐOÀN", name: leader },
      },
    ],
  };
}
