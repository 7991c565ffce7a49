// The tổ's biên bản as report blocks, signed by THƯ KÝ and CHỦ TRÌ like the meetings' minutes.
import { formatDate } from "@/lib/format";
import { closingLine } from "@/lib/meetings/minutes/minutes-sections";
import { vnTimeWords } from "@/lib/meetings/service";
import { NOT_RATED } from "@/lib/rating/labels";
import { CALENDAR_CYCLE, cycleYearLabel, type Cycle } from "@/lib/settings/cycle";
import { orDash } from "./common";
import type { ReportBlock, ReportDoc } from "../blocks";
import type { GroupMinutesData } from "../queries/group-minutes";

export const minutesTitle = "BIÊN BẢN HỌP TỔ CÔNG ĐOÀN";
export const minutesSubtitle = (year: number, group: string, cycle: Cycle = CALENDAR_CYCLE) =>
  `(Đánh giá, xếp loại đoàn viên ${cycleYearLabel(year, cycle)}) – ${group}`;

export function minutesBlocks(d: GroupMinutesData): ReportBlock[] {
  const m = d.meeting;
  const rated = d.members.filter((x) => !x.excludedReason);
  const excluded = d.members.filter((x) => x.excludedReason);
  return [
    ...openingBlocks(d),
    { kind: "heading", text: "2. Nội dung" },
    {
      kind: "paragraph",
      text: `Tổ công đoàn tiến hành bình xét, đề nghị xếp loại đoàn viên ${cycleYearLabel(d.year, d.cycle)} trên cơ sở phiếu tự đánh giá của từng đoàn viên.`,
    },
    ...(d.remarks ? [{ kind: "paragraph", text: `Ý kiến chung: ${d.remarks}` } as ReportBlock] : []),
    { kind: "heading", text: `3. Kết quả bình xét (${rated.length} đoàn viên)` },
    membersTable(rated),
    { kind: "heading", text: `4. Đoàn viên không xếp loại (${excluded.length})` },
    ...(excluded.length
      ? excluded.map((x, i): ReportBlock => ({
          kind: "paragraph",
          text: `${i + 1}. ${x.fullName}: ${NOT_RATED} – ${x.excludedReason}.`,
        }))
      : [{ kind: "paragraph", text: "Không có." } as ReportBlock]),
    closingBlock(m),
    ...overrideNote(d),
    {
      kind: "signatures",
      left: { title: "THƯ KÝ", name: m?.secretary?.fullName ?? "" },
      right: { title: "CHỦ TRÌ", name: m?.chair?.fullName ?? "" },
    },
  ];
}

/** "1. Thời gian, địa điểm, thành phần": the meeting's time, place, attendance, chair and secretary. */
function openingBlocks(d: GroupMinutesData): ReportBlock[] {
  const m = d.meeting;
  const present = d.presentCount ?? null;
  return [
    { kind: "heading", text: "1. Thời gian, địa điểm, thành phần" },
    {
      kind: "paragraph",
      text: m
        ? `Thời gian: bắt đầu lúc ${vnTimeWords(m.startsAt)}.`
        : "Thời gian: (chưa gắn cuộc họp bình xét của tổ).",
    },
    { kind: "paragraph", text: `Địa điểm: ${m?.place ?? "…"}.` },
    { kind: "paragraph", text: `Thành phần: có mặt ${present ?? "…"}/${d.members.length} đoàn viên của tổ.` },
    {
      kind: "paragraph",
      text: `Chủ trì: ${m?.chair?.fullName ?? "…"}. Thư ký: ${m?.secretary?.fullName ?? "…"}.`,
    },
  ];
}

/** "3. Kết quả bình xét": one row per rated member. */
function membersTable(rated: GroupMinutesData["members"]): ReportBlock {
  return {
    kind: "table",
    columns: [
      { header: "TT", width: 0.6, align: "center" },
      { header: "Họ và tên", width: 2.8 },
      { header: "Tự xếp loại", width: 2.1 },
      { header: "Tổ đề xuất", width: 2.1 },
      { header: "Đồng ý", width: 1.1, align: "center" },
      { header: "Không đồng ý", width: 1.3, align: "center" },
      { header: "Ý kiến", width: 2.4 },
    ],
    rows: rated.map((x, i) => [
      String(i + 1),
      x.fullName,
      orDash(x.selfLevel),
      orDash(x.proposedLevel),
      x.votesFor === null ? "" : String(x.votesFor),
      x.votesAgainst === null ? "" : String(x.votesAgainst),
      x.groupOpinion ?? "",
    ]),
    compact: rated.length > 150,
  };
}

function closingBlock(m: GroupMinutesData["meeting"]): ReportBlock {
  return {
    kind: "paragraph",
    italic: true,
    // The same closing line as every biên bản (lib/meetings/minutes/minutes-sections.ts).
    text: closingLine(m?.endsAt ? vnTimeWords(m.endsAt) : null),
  };
}

export function minutesDoc(d: GroupMinutesData): ReportDoc {
  return {
    unit: d.unit,
    date: d.meeting?.startsAt ?? d.date,
    dateFixed: Boolean(d.meeting),
    title: minutesTitle,
    subtitle: minutesSubtitle(d.year, d.group.name, d.cycle),
    blocks: minutesBlocks(d),
  };
}

/** The BCH finalised the year while this tổ's review was not submitted: when, and its written reason. */
function overrideNote(d: GroupMinutesData): ReportBlock[] {
  if (!d.override) return [];
  const on = d.override.finalisedAt ? ` ngày ${formatDate(d.override.finalisedAt)}` : "";
  return [
    {
      kind: "paragraph",
      italic: true,
      text: `Ghi chú: Ban Chấp hành chốt kết quả năm ${d.year}${on} khi tổ chưa nộp kết quả bình xét. Lý do: ${d.override.reason}`,
    },
  ];
}
