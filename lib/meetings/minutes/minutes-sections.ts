// The biên bản's body as headings and paragraphs: one text for the print page, the PDF and the
// DOCX, so the three always say the same thing. Pure; unit-tested.
import { formatDate } from "@/lib/format";

type Item = {
  title: string;
  isMain: boolean;
  discussion: string | null;
  votesFor: number | null;
  votesAgainst: number | null;
  votesOther: number | null;
  conclusion: string | null;
};
type Doc = {
  startWords: string;
  endWords: string | null;
  place: string;
  present: number;
  invited: number;
  absentees: { name: string; excused: boolean; reason: string | null }[];
  chairName: string;
  secretaryName: string;
  items: Item[];
  decisions: { content: string; assignee: string; dueOn: Date | null }[];
};
export type MinutesSection = { heading: string; paragraphs: string[] };

export function voteLine(i: Pick<Item, "votesFor" | "votesAgainst" | "votesOther">) {
  if (i.votesFor === null && i.votesAgainst === null && i.votesOther === null) return null;
  return `Tán thành: ${i.votesFor ?? 0}; không tán thành: ${i.votesAgainst ?? 0}; ý kiến khác: ${i.votesOther ?? 0}.`;
}

export function absenteeLine(absentees: Doc["absentees"]) {
  if (!absentees.length) return "Vắng: không.";
  const named = absentees.map((a) =>
    a.excused ? `${a.name} (có lý do${a.reason ? `: ${a.reason}` : ""})` : `${a.name} (không lý do)`,
  );
  return `Vắng ${absentees.length}: ${named.join("; ")}.`;
}

export function minutesSections(d: Doc): MinutesSection[] {
  const out: MinutesSection[] = [
    {
      heading: "1. Thời gian, địa điểm, thành phần",
      paragraphs: [
        `Thời gian: bắt đầu lúc ${d.startWords}.`,
        `Địa điểm: ${d.place}.`,
        `Thành phần: có mặt ${d.present}/${d.invited} người được mời.`,
        absenteeLine(d.absentees),
        `Chủ trì: ${d.chairName || "…"}. Thư ký: ${d.secretaryName || "…"}.`,
      ],
    },
  ];
  d.items.forEach((i, n) => {
    const p: string[] = [];
    if (i.discussion) p.push(`Ý kiến thảo luận: ${i.discussion}`);
    const v = voteLine(i);
    if (v) p.push(`Biểu quyết: ${v}`);
    if (i.conclusion) p.push(`Kết luận của chủ trì: ${i.conclusion}`);
    out.push({
      heading: `${n + 2}. ${i.title}${i.isMain ? " (nội dung chính)" : ""}`,
      paragraphs: p.length ? p : ["(Chưa ghi nội dung.)"],
    });
  });
  if (d.decisions.length) {
    out.push({
      heading: `${d.items.length + 2}. Quyết định, phân công thực hiện`,
      paragraphs: d.decisions.map(
        (x) =>
          `- ${x.content}${x.assignee ? ` (thực hiện: ${x.assignee}` : " ("}${x.dueOn ? `; hạn: ${formatDate(x.dueOn)})` : ")"}`,
      ),
    });
  }
  return out;
}

/**
 * The last line of the minutes: at the end of the meeting the secretary reads the minutes out and
 * the meeting approves them, then the meeting closes. (Formerly "thông qua trước cuộc họp", which
 * read as "before the meeting".)
 */
export const closingLine = (endWords: string | null) =>
  endWords
    ? `Biên bản đã được đọc lại và thông qua tại cuộc họp. Cuộc họp kết thúc lúc ${endWords}.`
    : "Biên bản đã được đọc lại và thông qua tại cuộc họp.";
