import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";

type Meeting = { id: string; title: string; startsAt: Date; place: string };

export function NextMeetings({ meetings, listHref }: { meetings: Meeting[]; listHref: string }) {
  return (
    <Card
      title="Cuộc họp sắp tới"
      actions={
        <Link href={listHref} className="text-sm text-brand-700 hover:underline">
          Các cuộc họp dự kiến
        </Link>
      }
    >
      {meetings.length === 0 ? (
        <p className="text-sm text-ink-muted">Chưa có cuộc họp nào được lên lịch.</p>
      ) : (
        <ul className="divide-y divide-surface-line" data-testid="next-meetings">
          {meetings.map((m) => (
            <li key={m.id} className="py-2">
              <Link
                href={`/meetings/${m.id}`}
                className="block text-sm font-medium text-ink hover:text-brand-700 hover:underline"
              >
                {m.title}
              </Link>
              <p className="text-xs tabular-nums text-ink-muted">
                {formatDateTime(m.startsAt)} · {m.place}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
