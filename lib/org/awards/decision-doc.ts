// The cấp trên's QUYẾT ĐỊNH khen thưởng and its DANH SÁCH as blocks (decision 0090), in the union
// layout of lib/document (QĐ 933/QĐ-TLĐ): Số, place and date of the decision, Căn cứ, Điều 1–3, the
// signature of the Ban Thường vụ, Nơi nhận, then the list on its own page. A correcting decision
// revokes lines of earlier ones, with the reason. Pure.
import type { ReportBlock, ReportColumn, ReportDoc, ReportUnit } from "@/lib/document/blocks";
import { formatDate } from "@/lib/format";

type Line = {
  subject: string;
  displayName: string;
  position: string | null;
  form: string;
  summary: string | null;
  unitName: string;
};
type RevokedLine = Line & { decision: { number: string; signedOn: Date } | null };
type Decision = {
  kind: "AWARD" | "CORRECTION";
  number: string;
  signedOn: Date;
  signerName: string;
  signerTitle: string;
  reason: string | null;
  year: number;
};

const COLUMNS: ReportColumn[] = [
  { header: "TT", width: 0.5, align: "center" },
  { header: "Họ và tên / Tập thể", width: 2.6 },
  { header: "Chức vụ, đơn vị", width: 3 },
  { header: "Hình thức", width: 2.2 },
  { header: "Thành tích", width: 3.6 },
];

const isGroup = (l: Line) => l.subject !== "MEMBER";
const unitCell = (l: Line) =>
  l.subject === "UNIT" ? "" : [l.position, l.unitName].filter(Boolean).join(", ");

function listTable(lines: Line[]): ReportBlock {
  if (!lines.length) return { kind: "paragraph", text: "Không có." };
  return {
    kind: "table",
    columns: COLUMNS,
    rows: lines.map((l, i) => [String(i + 1), l.displayName, unitCell(l), l.form, l.summary ?? ""]),
    compact: lines.length > 150,
  };
}

/** "2 tập thể và 5 cá nhân", leaving out a part that is none. */
function countText(lines: Line[]) {
  const groups = lines.filter(isGroup).length;
  const people = lines.length - groups;
  return [groups ? `${groups} tập thể` : "", people ? `${people} cá nhân` : ""].filter(Boolean).join(" và ");
}

/** "Giấy khen" when every form is one, else the plain "khen thưởng". */
const formWord = (lines: Line[]) =>
  lines.length && lines.every((l) => /giấy khen/i.test(l.form)) ? "tặng Giấy khen" : "khen thưởng";

const signature = (d: Decision, recipients: string[]): ReportBlock[] => [
  {
    kind: "signatures",
    right: {
      lead: d.signerTitle === "PHÓ CHỦ TỊCH" ? "KT. CHỦ TỊCH" : "TM. BAN THƯỜNG VỤ",
      title: d.signerTitle,
      name: d.signerName,
    },
  },
  { kind: "recipients", items: recipients },
];

const grounds = (unit: ReportUnit): ReportBlock[] => [
  { kind: "heading", text: `BAN THƯỜNG VỤ ${unit.name.toUpperCase()}` },
  { kind: "paragraph", italic: true, text: "Căn cứ Điều lệ Công đoàn Việt Nam;" },
  {
    kind: "paragraph",
    italic: true,
    text: "Căn cứ Luật Thi đua, khen thưởng và các văn bản hướng dẫn thi hành; các quy định về công tác thi đua, khen thưởng của tổ chức Công đoàn;",
  },
];

function awardDoc(unit: ReportUnit, d: Decision, lines: Line[]): ReportDoc {
  const what = formWord(lines);
  const sorted = [...lines.filter(isGroup), ...lines.filter((l) => !isGroup(l))];
  return {
    unit,
    number: d.number,
    date: d.signedOn,
    dateFixed: true,
    title: "QUYẾT ĐỊNH",
    subtitle: `Về việc ${what} năm ${d.year}`,
    fileTitle: `Quyết định ${d.number}`,
    blocks: [
      ...grounds(unit),
      {
        kind: "paragraph",
        italic: true,
        text: "Xét hồ sơ đề nghị khen thưởng của các công đoàn cơ sở trực thuộc đã được tiếp nhận và kết quả xét duyệt,",
      },
      { kind: "heading", text: "QUYẾT ĐỊNH:" },
      {
        kind: "paragraph",
        text: `Điều 1. ${what === "tặng Giấy khen" ? "Tặng Giấy khen" : "Khen thưởng"} cho ${countText(lines)} đã có thành tích trong năm ${d.year} (có danh sách kèm theo).`,
      },
      { kind: "paragraph", text: "Điều 2. Quyết định có hiệu lực kể từ ngày ký." },
      {
        kind: "paragraph",
        text: "Điều 3. Các công đoàn cơ sở có tên trong danh sách và các tập thể, cá nhân tại Điều 1 căn cứ Quyết định thi hành./.",
      },
      ...signature(d, ["Như Điều 3;", "Lưu: VT."]),
      { kind: "pageBreak" },
      { kind: "heading", text: `DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC ${what.toUpperCase()}` },
      {
        kind: "paragraph",
        italic: true,
        text: `(Kèm theo Quyết định số ${d.number} ngày ${formatDate(d.signedOn)} của Ban Thường vụ ${unit.name})`,
      },
      { kind: "heading", text: "I. TẬP THỂ" },
      listTable(sorted.filter(isGroup)),
      { kind: "heading", text: "II. CÁ NHÂN" },
      listTable(sorted.filter((l) => !isGroup(l))),
    ],
  };
}

function correctionDoc(unit: ReportUnit, d: Decision, revoked: RevokedLine[]): ReportDoc {
  const earlier = [...new Set(revoked.map((l) => l.decision?.number).filter(Boolean))].join(", ");
  return {
    unit,
    number: d.number,
    date: d.signedOn,
    dateFixed: true,
    title: "QUYẾT ĐỊNH",
    subtitle: `Về việc thu hồi khen thưởng tại Quyết định số ${earlier}`,
    fileTitle: `Quyết định ${d.number}`,
    blocks: [
      ...grounds(unit),
      { kind: "paragraph", italic: true, text: `Xét lý do: ${d.reason ?? ""},` },
      { kind: "heading", text: "QUYẾT ĐỊNH:" },
      {
        kind: "paragraph",
        text: `Điều 1. Thu hồi khen thưởng đối với ${countText(revoked)} có tên trong danh sách kèm theo, đã được khen tại Quyết định số ${earlier}.`,
      },
      { kind: "paragraph", text: "Điều 2. Quyết định có hiệu lực kể từ ngày ký." },
      {
        kind: "paragraph",
        text: "Điều 3. Các công đoàn cơ sở có tên trong danh sách và các tập thể, cá nhân tại Điều 1 căn cứ Quyết định thi hành./.",
      },
      ...signature(d, ["Như Điều 3;", "Lưu: VT."]),
      { kind: "pageBreak" },
      { kind: "heading", text: "DANH SÁCH THU HỒI KHEN THƯỞNG" },
      {
        kind: "paragraph",
        italic: true,
        text: `(Kèm theo Quyết định số ${d.number} ngày ${formatDate(d.signedOn)} của Ban Thường vụ ${unit.name})`,
      },
      listTable(revoked),
    ],
  };
}

export function decisionDoc(x: {
  unit: ReportUnit;
  decision: Decision;
  lines: Line[];
  revoked: RevokedLine[];
}) {
  return x.decision.kind === "CORRECTION"
    ? correctionDoc(x.unit, x.decision, x.revoked)
    : awardDoc(x.unit, x.decision, x.lines);
}
