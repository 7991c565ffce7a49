// The phiếu as report blocks. "Tổ CĐ chấm" is the tổ's score where it differed, else the member's
// own (the tổ agreed with it), so every column is filled.
import { levelFor } from "@/lib/emulation/levels";
import { groupCriteria } from "@/lib/emulation/queries/years";
import { ASSESSMENT_SHEET_COLUMNS as COLUMNS } from "@/lib/emulation/sheet-columns";
import { NOT_RATED, NOT_SUBMITTED, UNDECIDED } from "@/lib/rating/labels";
import { CALENDAR_CYCLE, cycleYearTitle, type Cycle } from "@/lib/settings/cycle";
import { CHAIR_SIGNATURE, type ReportBlock, type ReportDoc } from "../blocks";
import { orDash, ROMAN } from "./common";
import type { SheetData } from "../queries/member-sheet";

export function sheetBlocks(s: SheetInput): ReportBlock[] {
  const { rows, bold, selfTotal, groupTotal } = criteriaRows(s);
  const has = Boolean(s.assessment);
  const max = s.template.criteria.reduce((t, c) => t + c.maxPoints, 0);
  const selfLevel = s.assessment
    ? (s.assessment.proposedLevel ?? levelFor(s.assessment.totalPoints, s.template.levels) ?? "")
    : s.draftOnly
      ? NOT_SUBMITTED
      : "";
  const r = s.rating;
  const votes = votesText(r, s.presentCount);
  const final = finalText(r, s.showFinal);
  return [
    {
      kind: "paragraph",
      text: `Họ và tên: ${s.member.fullName}${s.member.jobTitle ? `; chức danh: ${s.member.jobTitle}` : ""}`,
    },
    { kind: "paragraph", text: `Tổ công đoàn: ${s.member.group.name}` },
    has
      ? {
          kind: "table",
          columns: COLUMNS,
          rows,
          boldRows: bold,
          footer: [["", "Tổng cộng", String(max), String(selfTotal), String(groupTotal), ""]],
        }
      : { kind: "paragraph", italic: true, text: "Đoàn viên chưa nộp phiếu tự đánh giá." },
    ...(s.assessment?.comment
      ? [{ kind: "paragraph", text: `Tự nhận xét: ${s.assessment.comment}` } as ReportBlock]
      : []),
    { kind: "paragraph", text: `1. Tự xếp loại: ${orDash(selfLevel)}.` },
    {
      kind: "paragraph",
      text: `2. Ý kiến của tổ công đoàn: đề nghị xếp loại ${r?.proposedLevel ?? "…"}${votes}.${r?.groupOpinion ? ` ${r.groupOpinion}` : ""}`,
    },
    { kind: "paragraph", text: `3. Kết luận của Ban Chấp hành: ${final}.` },
    {
      kind: "signatures",
      left: { lead: "TỔ CÔNG ĐOÀN", title: "TỔ TRƯỞNG", name: s.leaderName },
      right: { lead: " ", title: "NGƯỜI TỰ ĐÁNH GIÁ", name: s.member.fullName },
    },
    { kind: "signatures", right: CHAIR_SIGNATURE(s.chairName) },
  ];
}

type SheetInput = Omit<SheetData, "unit" | "date" | "chairName" | "ry"> & { chairName: string };
type SheetRating = SheetInput["rating"];

/** The score table: a bold row per criteria group (its sums), then its criteria; the totals. */
function criteriaRows(s: SheetInput) {
  const scores = new Map((s.assessment?.scores ?? []).map((x) => [x.criterionId, x]));
  const rows: string[][] = [];
  const bold: number[] = [];
  let n = 0;
  let selfTotal = 0;
  let groupTotal = 0;
  const has = Boolean(s.assessment);
  groupCriteria(s.template.criteria).forEach((g, gi) => {
    const sum = (f: (x: { selfPoints: number; groupPoints: number | null }) => number) =>
      g.criteria.reduce((t, c) => {
        const x = scores.get(c.id);
        return t + (x ? f(x) : 0);
      }, 0);
    bold.push(rows.length);
    rows.push([
      ROMAN[gi] ?? String(gi + 1),
      g.name.toUpperCase(),
      String(g.maxPoints),
      has ? String(sum((x) => x.selfPoints)) : "",
      has ? String(sum((x) => x.groupPoints ?? x.selfPoints)) : "",
      "",
    ]);
    for (const c of g.criteria) {
      const x = scores.get(c.id);
      selfTotal += x?.selfPoints ?? 0;
      groupTotal += x ? (x.groupPoints ?? x.selfPoints) : 0;
      rows.push([
        String(++n),
        c.content,
        String(c.maxPoints),
        x ? String(x.selfPoints) : "",
        x ? String(x.groupPoints ?? x.selfPoints) : "",
        x?.explanation ?? "",
      ]);
    }
  });
  return { rows, bold, selfTotal, groupTotal };
}

function votesText(r: SheetRating, presentCount: SheetInput["presentCount"]) {
  if (!r || (r.votesFor === null && r.votesAgainst === null)) return "";
  return `; đồng ý ${r.votesFor ?? 0}/${presentCount ?? "…"}, không đồng ý ${r.votesAgainst ?? 0}/${presentCount ?? "…"}`;
}

/** The BCH's conclusion as the phiếu shows it: not rated, not yet published, or the level. */
function finalText(r: SheetRating, showFinal: boolean) {
  if (!r) return UNDECIDED;
  if (r.excludedReason) return `${NOT_RATED} (${r.excludedReason})`;
  if (!showFinal) return "Chưa công bố";
  return r.finalLevel ?? UNDECIDED;
}

export const sheetTitle = (year: number, cycle: Cycle = CALENDAR_CYCLE) =>
  `PHIẾU TỰ ĐÁNH GIÁ, XẾP LOẠI ĐOÀN VIÊN ${cycleYearTitle(year, cycle)}`;

export function sheetDoc(s: SheetData): ReportDoc {
  return { unit: s.unit, date: s.date, title: sheetTitle(s.ry.year, s.ry.cycle), blocks: sheetBlocks(s) };
}
