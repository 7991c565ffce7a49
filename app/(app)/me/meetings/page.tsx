import type { Metadata } from "next";
import Link from "next/link";
import { MeetingStatusBadge } from "@/components/meetings/meeting-status-badge";
import { PageHeader } from "@/components/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePage } from "@/lib/auth/current-user";
import { formatDateTime } from "@/lib/format";
import { ATTENDANCE_LABELS, MEETING_TYPE_LABELS } from "@/lib/meetings/labels";
import { findMyMeetings } from "@/lib/meetings/queries";

export const metadata: Metadata = { title: "Cuộc họp của tôi" };

export default async function MyMeetingsPage() {
  const actor = await requirePage("meetings.read.own");
  const rows = await findMyMeetings(actor);
  return (
    <>
      <PageHeader
        title="Cuộc họp của tôi"
        subtitle="Các cuộc họp bạn được mời; biên bản xem được khi đã ký."
      />
      {rows.length === 0 ? (
        <EmptyState title="Bạn chưa được mời dự cuộc họp nào.">
          Khi Ban Chấp hành hoặc tổ trưởng mời, cuộc họp sẽ hiện ở đây.
        </EmptyState>
      ) : (
        <ul className="flex flex-col gap-2" data-testid="my-meetings">
          {rows.map((r) => (
            <li key={r.id} className="rounded-card border border-surface-line bg-white p-3">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <Link href={`/meetings/${r.id}`} className="font-medium text-brand-700">
                  {r.title}
                </Link>
                <MeetingStatusBadge status={r.status} />
              </div>
              <p className="text-xs text-ink-muted">
                {formatDateTime(r.startsAt)} · {r.place} · {MEETING_TYPE_LABELS[r.type]}
                {r.myAttendance && ` · ${ATTENDANCE_LABELS[r.myAttendance]}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
