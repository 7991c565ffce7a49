// The tổ's record for one member, read-only: for the BCH and UBKT, and for the tổ trưởng once
// the tổ has sent its proposals or the year is finalised.
import { DetailList } from "@/components/ui/card";
import type { CriterionView, MemberRowView } from "./types";

export function MemberReadout({ row, criteria }: { row: MemberRowView; criteria: CriterionView[] }) {
  const scores = new Map((row.assessment?.scores ?? []).map((s) => [s.criterionId, s]));
  const shown = criteria.filter((c) => scores.has(c.id));
  return (
    <div className="flex flex-col gap-4">
      {shown.length > 0 && (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[32rem] text-sm">
            <thead>
              <tr className="border-b border-surface-line text-left text-xs text-ink-muted">
                <th className="py-2 pr-2 font-medium">Tiêu chí</th>
                <th className="px-2 py-2 text-right font-medium">Chuẩn</th>
                <th className="px-2 py-2 text-right font-medium">Tự chấm</th>
                <th className="px-2 py-2 text-right font-medium">Tổ chấm</th>
                <th className="py-2 pl-2 font-medium">Giải trình</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((c, i) => {
                const s = scores.get(c.id)!;
                return (
                  <tr key={c.id} className="border-b border-surface-line align-top last:border-0">
                    <td className="py-2 pr-2">
                      {i + 1}. {c.content}
                    </td>
                    <td className="px-2 py-2 text-right">{c.maxPoints}</td>
                    <td className="px-2 py-2 text-right">{s.selfPoints}</td>
                    <td className="px-2 py-2 text-right">{s.groupPoints ?? s.selfPoints}</td>
                    <td className="py-2 pl-2">{s.explanation ?? ""}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <DetailList
        items={[
          [
            "Mức đề xuất của tổ",
            row.proposedLevel ?? (row.excludedReason ? "Không xếp loại" : "Chưa đề xuất"),
          ],
          [
            "Biểu quyết",
            row.votesFor !== null ? `${row.votesFor} đồng ý · ${row.votesAgainst ?? 0} không đồng ý` : "",
          ],
          ["Ý kiến của tổ", row.groupOpinion],
          ["Lý do không xếp loại", row.excludedReason],
          ["Không xét danh hiệu, khen thưởng", row.awardBarReason],
          ["Nghỉ dài ngày", row.longLeaveNote],
          ["Kỷ luật trong năm", row.disciplineNote],
          ["Bị xử phạt hành chính", row.sanctionNote],
        ]}
      />
    </div>
  );
}
