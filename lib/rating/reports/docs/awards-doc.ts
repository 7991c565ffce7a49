// The year-end awards papers as blocks, kept apart by who confers (domain.md, "Who confers what"):
// - the hồ sơ đề nghị khen thưởng to the union's cấp trên: the TỜ TRÌNH of the BCH and the
//   DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG (union forms only; it counts people and collectives, not titles);
// - the CĐCS's own recognitions (its titles, and its Giấy khen where the year allows it);
// - the list the union sends to the agency's Hội đồng thi đua – khen thưởng for the state titles,
//   labelled as such: the head of the agency confers them, not the union.
import { formatDate } from "@/lib/format";
import type { AwardChannel, AwardReportRow } from "@/lib/rating/titles/queries";
import { cycleYearHeading, cycleYearLabel } from "@/lib/settings/cycle";
import { BLANK_NUMBER } from "./common";
import { CHAIR_SIGNATURE, type ReportBlock, type ReportColumn, type ReportDoc } from "../blocks";
import type { AwardsReportData } from "../queries/awards";

/** The rows of one paper: collectives first, then people, each in the list's order. */
const rowsOf = (d: AwardsReportData, channel: AwardChannel) => {
  const rows = d.awards.filter((a) => a.channel === channel);
  return [
    ...rows.filter((a) => a.subjectKind === "group"),
    ...rows.filter((a) => a.subjectKind === "member"),
  ];
};

/** Distinct collectives and people of the rows (a person with two forms counts once). */
export function countSubjects(rows: readonly AwardReportRow[]) {
  const groups = new Set(rows.filter((a) => a.subjectKind === "group").map((a) => a.subjectName));
  const people = new Set(rows.filter((a) => a.memberId).map((a) => a.memberId));
  return { groups: groups.size, people: people.size };
}

const countText = (rows: readonly AwardReportRow[]) => {
  const c = countSubjects(rows);
  return `${c.groups} tập thể và ${c.people} cá nhân`;
};

const votes = (a: AwardReportRow) =>
  a.votesFor != null && a.votesCast != null ? `${a.votesFor}/${a.votesCast}` : "";

/** The bình xét meeting the papers cite, or a line saying it is not recorded. */
function meetingLine(d: AwardsReportData) {
  const m = d.meeting;
  const ref = d.ry.decisionRef?.replace(/^\s*số\s*:?\s*/i, "");
  if (!m && !ref)
    return `Căn cứ kết quả bình xét thi đua ${cycleYearLabel(d.ry.year, d.ry.cycle)} của Ban Chấp hành Công đoàn cơ sở;`;
  const parts = [
    `Căn cứ kết quả bình xét thi đua ${cycleYearLabel(d.ry.year, d.ry.cycle)} của Ban Chấp hành Công đoàn cơ sở`,
  ];
  if (m) parts.push(`tại cuộc họp ngày ${formatDate(m.startsAt)}`);
  if (ref) parts.push(`(nghị quyết số ${ref})`);
  return `${parts.join(" ")};`;
}

const ISSUE = (d: AwardsReportData) => d.ry.decidedOn ?? d.meeting?.startsAt ?? d.date;

const UPPER_COLUMNS: ReportColumn[] = [
  { header: "TT", width: 0.5, align: "center" },
  { header: "Họ và tên / Tập thể", width: 2.6 },
  { header: "Chức vụ, đơn vị", width: 2.4 },
  { header: "Hình thức đề nghị", width: 2.6 },
  { header: "Thành tích tóm tắt", width: 4 },
  { header: "Số phiếu", width: 0.9, align: "center" },
];

/** A numbered list of award rows (TT first, then `cells`), or "Không có." when there are none. */
function awardTable(
  rows: AwardReportRow[],
  columns: ReportColumn[],
  cells: (a: AwardReportRow) => string[],
): ReportBlock {
  if (!rows.length) return { kind: "paragraph", text: "Không có." };
  return {
    kind: "table",
    columns,
    rows: rows.map((a, i) => [String(i + 1), ...cells(a)]),
    compact: rows.length > 150,
  };
}

const groupCell = (a: AwardReportRow) => (a.subjectKind === "group" ? "" : (a.groupName ?? ""));

const upperTable = (rows: AwardReportRow[]) =>
  awardTable(rows, UPPER_COLUMNS, (a) => [
    a.subjectName,
    a.subjectKind === "group" ? "Tổ công đoàn" : [a.jobTitle, a.groupName].filter(Boolean).join(", "),
    a.formName,
    a.achievement ?? a.reason ?? "",
    votes(a),
  ]);

/** DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG to the cấp trên: union forms only. */
export function upperListDoc(d: AwardsReportData): ReportDoc {
  const rows = rowsOf(d, "UPPER");
  return {
    unit: d.unit,
    date: ISSUE(d),
    title: "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG",
    subtitle: `(Kèm theo Tờ trình của Ban Chấp hành Công đoàn cơ sở về việc đề nghị khen thưởng ${cycleYearLabel(d.ry.year, d.ry.cycle)})`,
    orientation: "landscape",
    blocks: [
      { kind: "paragraph", text: `Tổng số đề nghị: ${countText(rows)}.` },
      { kind: "heading", text: "I. TẬP THỂ" },
      upperTable(rows.filter((a) => a.subjectKind === "group")),
      { kind: "heading", text: "II. CÁ NHÂN" },
      upperTable(rows.filter((a) => a.subjectKind === "member")),
      {
        kind: "paragraph",
        italic: true,
        text: "Số phiếu: số phiếu đồng ý / số người biểu quyết tại cuộc họp bình xét của Ban Chấp hành.",
      },
      { kind: "signatures", right: CHAIR_SIGNATURE(d.chairName) },
    ],
  };
}

/** TỜ TRÌNH of the BCH to the cấp trên, with the count per form. */
export function proposalLetterDoc(d: AwardsReportData): ReportDoc {
  const rows = rowsOf(d, "UPPER");
  const forms = [...new Set(rows.map((a) => a.formName))];
  const summary: ReportBlock = forms.length
    ? {
        kind: "table",
        columns: [
          { header: "TT", width: 0.5, align: "center" },
          { header: "Hình thức đề nghị", width: 5 },
          { header: "Tập thể", width: 1.2, align: "center" },
          { header: "Cá nhân", width: 1.2, align: "center" },
        ],
        rows: forms.map((f, i) => {
          const c = countSubjects(rows.filter((a) => a.formName === f));
          return [String(i + 1), f, String(c.groups), String(c.people)];
        }),
      }
    : { kind: "paragraph", text: "Năm nay Ban Chấp hành không đề nghị khen thưởng." };
  return {
    unit: d.unit,
    date: ISSUE(d),
    number: BLANK_NUMBER("TTr"),
    title: "TỜ TRÌNH",
    subtitle: `Về việc đề nghị khen thưởng ${cycleYearLabel(d.ry.year, d.ry.cycle)}`,
    blocks: [
      { kind: "paragraph", text: `Kính gửi: Ban Thường vụ ${d.unit.parentName}.` },
      { kind: "paragraph", text: meetingLine(d) },
      {
        kind: "paragraph",
        text: `Ban Chấp hành ${d.unit.name} kính đề nghị Ban Thường vụ ${d.unit.parentName} xem xét, khen thưởng cho ${countText(rows)} có thành tích trong ${cycleYearLabel(d.ry.year, d.ry.cycle)}, cụ thể:`,
      },
      summary,
      {
        kind: "paragraph",
        text: "Hồ sơ kèm theo: Danh sách đề nghị khen thưởng (họ tên / tập thể, chức vụ, hình thức đề nghị, thành tích tóm tắt, số phiếu); biên bản cuộc họp bình xét của Ban Chấp hành.",
      },
      { kind: "paragraph", text: "Kính đề nghị Ban Thường vụ xem xét, quyết định." },
      { kind: "signatures", right: CHAIR_SIGNATURE(d.chairName) },
      { kind: "recipients", items: ["Như trên", "Lưu VT"] },
    ],
  };
}

/** The CĐCS's own recognitions: its titles and, where the year allows it, its Giấy khen. */
export function cdcsRecognitionDoc(d: AwardsReportData): ReportDoc {
  const rows = rowsOf(d, "CDCS");
  const table = awardTable(
    rows,
    [
      { header: "TT", width: 0.5, align: "center" },
      { header: "Họ và tên / Tập thể", width: 3 },
      { header: "Tổ công đoàn", width: 2.4 },
      { header: "Danh hiệu / hình thức", width: 3.4 },
      { header: "Số phiếu", width: 0.9, align: "center" },
    ],
    (a) => [a.subjectName, groupCell(a), a.formName, votes(a)],
  );
  return {
    unit: d.unit,
    date: ISSUE(d),
    title: "DANH SÁCH CÔNG NHẬN DANH HIỆU CỦA CÔNG ĐOÀN CƠ SỞ",
    subtitle: `${cycleYearHeading(d.ry.year, d.ry.cycle)}`,
    blocks: [
      { kind: "paragraph", text: meetingLine(d) },
      {
        kind: "paragraph",
        text: `Ban Chấp hành ${d.unit.name} công nhận ${countText(rows)} sau:`,
      },
      table,
      ...(d.ry.cdcsMayCommend
        ? []
        : [
            {
              kind: "paragraph" as const,
              italic: true,
              text: "Năm nay Ban Chấp hành không tự tặng Giấy khen (theo cài đặt xếp loại của năm); các hình thức khen của cấp trên nằm trong hồ sơ đề nghị khen thưởng.",
            },
          ]),
      { kind: "signatures", right: CHAIR_SIGNATURE(d.chairName) },
      { kind: "recipients", items: ["Các tổ công đoàn", "Lưu VT"] },
    ],
  };
}

/** The list to the agency's Hội đồng thi đua – khen thưởng for the state titles, labelled as such. */
export function agencyListDoc(d: AwardsReportData): ReportDoc {
  const rows = rowsOf(d, "AGENCY");
  const table = awardTable(
    rows,
    [
      { header: "TT", width: 0.6, align: "center" },
      { header: "Họ và tên / Tập thể", width: 3 },
      { header: "Tổ công đoàn", width: 2.2 },
      { header: "Danh hiệu thi đua", width: 2.8 },
      { header: "Ý kiến của Công đoàn", width: 2.4 },
      { header: "Số phiếu", width: 1, align: "center" },
    ],
    (a) => [
      a.subjectName,
      groupCell(a),
      a.titleName,
      a.result === "ACHIEVED" ? "Đủ điều kiện, đề nghị xét" : "Đề nghị xét",
      votes(a),
    ],
  );
  return {
    unit: d.unit,
    date: ISSUE(d),
    title: "DANH SÁCH CÔNG ĐOÀN GỬI HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG CỦA CƠ QUAN, ĐƠN VỊ",
    orientation: "landscape",
    subtitle: `(Để Hội đồng xem xét, đề nghị Thủ trưởng cơ quan, đơn vị tặng danh hiệu thi đua ${cycleYearLabel(d.ry.year, d.ry.cycle)})`,
    blocks: [
      { kind: "paragraph", text: "Kính gửi: Hội đồng Thi đua – Khen thưởng của cơ quan, đơn vị." },
      {
        kind: "paragraph",
        italic: true,
        text: "Các danh hiệu dưới đây (Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Tập thể lao động tiên tiến) là danh hiệu thi đua nhà nước do Thủ trưởng cơ quan, đơn vị quyết định tặng theo Luật Thi đua, khen thưởng năm 2022. Danh sách này không phải hồ sơ đề nghị khen thưởng gửi công đoàn cấp trên.",
      },
      { kind: "paragraph", text: `${meetingLine(d)} Công đoàn cơ sở gửi danh sách ${countText(rows)}:` },
      table,
      { kind: "signatures", right: CHAIR_SIGNATURE(d.chairName) },
      { kind: "recipients", items: ["Hội đồng Thi đua – Khen thưởng của cơ quan, đơn vị", "Lưu VT"] },
    ],
  };
}

/** The year-end awards papers, in the order the BCH sends them. */
export const AWARD_PAPERS = {
  letter: { doc: proposalLetterDoc, label: "Tờ trình đề nghị khen thưởng", file: "to-trinh-khen-thuong" },
  upper: { doc: upperListDoc, label: "Danh sách đề nghị khen thưởng", file: "de-nghi-khen-thuong" },
  cdcs: {
    doc: cdcsRecognitionDoc,
    label: "Danh sách công nhận danh hiệu của CĐCS",
    file: "cong-nhan-danh-hieu",
  },
  agency: {
    doc: agencyListDoc,
    label: "Danh sách gửi Hội đồng thi đua của cơ quan (danh hiệu nhà nước)",
    file: "danh-sach-hoi-dong-thi-dua",
  },
} as const;
export type AwardPaper = keyof typeof AWARD_PAPERS;

export const awardPaperParam = (v: string | null): AwardPaper =>
  v && v in AWARD_PAPERS ? (v as AwardPaper) : "upper";

/** The hồ sơ to the cấp trên (tờ trình, danh sách), then the CĐCS's and the agency's lists when not empty. */
export function awardsDocs(d: AwardsReportData): ReportDoc[] {
  const docs = [proposalLetterDoc(d), upperListDoc(d)];
  if (rowsOf(d, "CDCS").length) docs.push(cdcsRecognitionDoc(d));
  if (rowsOf(d, "AGENCY").length) docs.push(agencyListDoc(d));
  return docs;
}

/** Kept for callers that print one paper: the danh sách to the cấp trên. */
export const awardsDoc = upperListDoc;
