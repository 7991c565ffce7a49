import Link from "next/link";
import { RegistrationBadge } from "@/components/emulation/state-badge";
import type { GroupOverview } from "@/lib/emulation/queries/overview";

/** Counts by tổ × state, with the number still missing; each tổ links to its roster. */
export function OverviewTable({ rows, year }: { rows: GroupOverview[]; year: number }) {
  const th = "px-3 py-2 text-right font-medium";
  return (
    <div className="overflow-x-auto rounded-card border border-surface-line bg-white">
      <table className="w-full min-w-[760px] text-sm" data-testid="overview-table">
        <thead className="bg-surface-sunken text-ink-muted">
          <tr>
            <th className="px-3 py-2 text-left font-medium">Tổ công đoàn</th>
            <th className={th}>Đoàn viên</th>
            <th className={th}>Chưa đăng ký</th>
            <th className={th}>Chờ duyệt</th>
            <th className={th}>Tổ đã chuyển</th>
            <th className={th}>Đã duyệt</th>
            <th className={th}>Từ chối</th>
            <th className={th}>Đã tự đánh giá</th>
            <th className="px-3 py-2 text-left font-medium">Đăng ký tập thể</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-surface-line">
          {rows.map((r) => (
            <tr key={r.groupId} data-group={r.groupName}>
              <td className="px-3 py-2">
                <Link
                  href={`/emulation/groups/${r.groupId}?year=${year}`}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {r.groupName}
                </Link>
              </td>
              <td className="px-3 py-2 text-right">{r.members}</td>
              <td
                className={`px-3 py-2 text-right ${r.missing ? "font-semibold text-brand-700" : ""}`}
                data-col="missing"
              >
                {r.missing}
              </td>
              <td className="px-3 py-2 text-right" data-col="submitted">
                {r.counts.SUBMITTED}
              </td>
              <td className="px-3 py-2 text-right" data-col="forwarded">
                {r.counts.FORWARDED}
              </td>
              <td className="px-3 py-2 text-right" data-col="approved">
                {r.counts.APPROVED}
              </td>
              <td className="px-3 py-2 text-right" data-col="returned">
                {r.counts.RETURNED}
              </td>
              <td className="px-3 py-2 text-right">
                {r.assessed}/{r.members}
              </td>
              <td className="px-3 py-2">
                <RegistrationBadge state={r.collectiveState} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
