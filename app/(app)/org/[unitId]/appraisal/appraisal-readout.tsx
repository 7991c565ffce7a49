import type { ScoreCriterion } from "@/components/rating/score-table";

type Props = {
  criteria: ScoreCriterion[];
  selfPoints: Record<string, number | null>;
  given: Map<string, number>;
  note: string | null;
};

/** A concluded thẩm định, read-only: each criterion's điểm chuẩn, the CĐCS's points and the cấp trên's. */
export function AppraisalReadout({ criteria, selfPoints, given, note }: Props) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <thead>
          <tr className="border-b border-surface-line text-left text-ink-muted">
            <th className="py-2 pr-2 font-medium">Tiêu chí</th>
            <th className="px-2 text-right font-medium">Điểm chuẩn</th>
            <th className="px-2 text-right font-medium">CĐCS tự chấm</th>
            <th className="pl-2 text-right font-medium">Cấp trên chấm</th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((c) => (
            <tr key={c.id} className="border-b border-surface-line align-top">
              <td className="py-2 pr-2">{c.content}</td>
              <td className="px-2 py-2 text-right">{c.maxPoints}</td>
              <td className="px-2 py-2 text-right">{selfPoints[c.id] ?? "—"}</td>
              <td className="py-2 pl-2 text-right font-medium">{given.get(c.id) ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {note && <p className="mt-3 text-sm">Nhận xét: {note}</p>}
    </div>
  );
}
