import Link from "next/link";
import { MeetingStatusBadge } from "@/components/meetings/meeting-status-badge";
import { formatDateTime } from "@/lib/format";
import { MEETING_TYPE_LABELS } from "@/lib/meetings/labels";
import type { MeetingListRow } from "@/lib/meetings/queries";
import { formatRate } from "@/lib/meetings/service";

/** A table on desktop, cards on a phone. */
export function MeetingsTable({ rows }: { rows: MeetingListRow[] }) {
  return (
    <>
      <div className="hidden overflow-x-auto rounded-card border border-surface-line bg-white md:block">
        <table className="w-full text-sm">
          <thead className="bg-surface-sunken text-left text-xs uppercase tracking-wide text-ink-muted">
            <tr>
              <th className="px-3 py-2">Số</th>
              <th className="px-3 py-2">Thời gian</th>
              <th className="px-3 py-2">Cuộc họp</th>
              <th className="px-3 py-2">Chủ trì</th>
              <th className="px-3 py-2 text-right">Có mặt</th>
              <th className="px-3 py-2">Trạng thái</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-t border-surface-line align-top">
                <td className="px-3 py-2 tabular-nums text-ink-muted">
                  {String(r.number).padStart(2, "0")}/{r.year}
                </td>
                <td className="whitespace-nowrap px-3 py-2 tabular-nums">{formatDateTime(r.startsAt)}</td>
                <td className="px-3 py-2">
                  <Link href={`/meetings/${r.id}`} className="font-medium text-brand-700 hover:underline">
                    {r.title}
                  </Link>
                  <div className="text-xs text-ink-muted">
                    {MEETING_TYPE_LABELS[r.type]}
                    {r.group && ` · ${r.group.name}`} · {r.place}
                  </div>
                </td>
                <td className="px-3 py-2">{r.chair?.fullName ?? "—"}</td>
                <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
                  {r.present}/{r.invited} <span className="text-ink-muted">({formatRate(r.rate)})</span>
                </td>
                <td className="px-3 py-2">
                  <MeetingStatusBadge status={r.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className="flex flex-col gap-2 md:hidden">
        {rows.map((r) => (
          <li key={r.id} className="rounded-card border border-surface-line bg-white p-3">
            <div className="flex items-start justify-between gap-2">
              <Link href={`/meetings/${r.id}`} className="font-medium text-brand-700">
                {r.title}
              </Link>
              <MeetingStatusBadge status={r.status} />
            </div>
            <p className="mt-1 text-xs text-ink-muted">
              {formatDateTime(r.startsAt)} · {r.place}
            </p>
            <p className="text-xs text-ink-muted">
              {MEETING_TYPE_LABELS[r.type]}
              {r.group && ` · ${r.group.name}`} · có mặt {r.present}/{r.invited}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
