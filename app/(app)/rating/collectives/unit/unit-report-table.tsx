import type { UnitRatingReport } from "@/lib/rating/collectives/queries";

const cell = (v: number | null) => (v === null ? "—" : v);

/** Read-only: điểm chuẩn | CĐCS tự chấm | cấp trên thẩm định, by criteria group with subtotals. */
export function UnitReportTable({ report }: { report: UnitRatingReport }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-sm">
        <thead>
          <tr className="border-b border-surface-line text-left text-ink-muted">
            <th className="py-2 pr-2 font-medium">Tiêu chí</th>
            <th className="w-20 px-2 text-right font-medium">Điểm chuẩn</th>
            <th className="w-24 px-2 text-right font-medium">CĐCS tự chấm</th>
            <th className="w-24 pl-2 text-right font-medium">Cấp trên thẩm định</th>
          </tr>
        </thead>
        {report.groups.map((g) => (
          <tbody key={g.name}>
            <tr className="bg-surface-sunken font-semibold">
              <th className="py-2 pr-2 text-left" scope="rowgroup">
                {g.name}
              </th>
              <td className="px-2 text-right">{g.maxPoints}</td>
              <td className="px-2 text-right">{report.selfScoredAt ? g.selfPoints : "—"}</td>
              <td className="pl-2 text-right">{cell(g.reviewedPoints)}</td>
            </tr>
            {g.criteria.map((c) => (
              <tr key={c.id} className="border-b border-surface-line">
                <td className="py-2 pr-2">{c.content}</td>
                <td className="px-2 text-right">{c.maxPoints}</td>
                <td className="px-2 text-right">{cell(c.selfPoints)}</td>
                <td className="pl-2 text-right">{cell(c.reviewedPoints)}</td>
              </tr>
            ))}
          </tbody>
        ))}
        <tfoot>
          <tr className="font-semibold">
            <td className="py-2 pr-2">Tổng cộng</td>
            <td className="px-2 text-right">{report.maxTotal}</td>
            <td className="px-2 text-right">{report.selfScoredAt ? report.selfTotal : "—"}</td>
            <td className="pl-2 text-right">{cell(report.reviewedTotal)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
