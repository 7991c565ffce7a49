import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import type { AccessLogRow } from "@/lib/settings/access-log/queries";
import { ACCESS_LOG_ACTIONS } from "@/lib/settings/access-log/schema";

function What({ row }: { row: AccessLogRow }) {
  if (row.action === "member.export")
    return (
      <span>
        Danh sách đoàn viên{row.count !== null ? ` (${row.count.toLocaleString("vi-VN")} người)` : ""}
      </span>
    );
  if (!row.memberId) return <span className="text-ink-muted">Hồ sơ không còn trong đơn vị</span>;
  return (
    <Link href={`/members/${row.memberId}`} className="text-brand-700 underline">
      {row.memberName}
    </Link>
  );
}

/** A table on desktop, stacked cards on a phone. */
export function AccessLogTable({ rows }: { rows: AccessLogRow[] }) {
  return (
    <div className="overflow-hidden rounded-card border border-surface-line bg-white">
      <table className="w-full text-sm">
        <thead className="hidden bg-surface-sunken text-left text-ink-muted sm:table-header-group">
          <tr>
            <th className="px-3 py-2 font-medium">Thời điểm</th>
            <th className="px-3 py-2 font-medium">Người xem</th>
            <th className="px-3 py-2 font-medium">Truy cập</th>
            <th className="px-3 py-2 font-medium">Hồ sơ / tài liệu</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.id}
              className="flex flex-col gap-0.5 border-t border-surface-line px-3 py-2 first:border-t-0 sm:table-row sm:px-0 sm:py-0"
            >
              <td className="text-ink-muted sm:px-3 sm:py-2 sm:whitespace-nowrap">{formatDateTime(r.at)}</td>
              <td className="sm:px-3 sm:py-2">
                <span className="font-medium text-ink">{r.readerName}</span>
                <span className="block text-xs text-ink-muted">{r.readerEmail}</span>
              </td>
              <td className="sm:px-3 sm:py-2">{ACCESS_LOG_ACTIONS[r.action]}</td>
              <td className="sm:px-3 sm:py-2">
                <What row={r} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
