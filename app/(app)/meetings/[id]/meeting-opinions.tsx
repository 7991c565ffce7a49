import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { InboxOpinion } from "@/lib/opinions/queries";
import { OPINION_STATUS_LABELS, OPINION_STATUS_TONES } from "@/lib/opinions/schema";
import { RecordOpinionDialog } from "./record-opinion-dialog";

/** Tâm tư, nguyện vọng raised in this meeting, with their follow-up status. */
export function MeetingOpinions({
  opinions,
  action,
}: {
  opinions: InboxOpinion[];
  action: { meetingId: string; members: { id: string; label: string }[] } | null;
}) {
  return (
    <Card
      title="Tâm tư, nguyện vọng"
      actions={action && <RecordOpinionDialog meetingId={action.meetingId} members={action.members} />}
    >
      {opinions.length === 0 ? (
        <p className="text-sm text-ink-muted">Chưa ghi ý kiến nào trong cuộc họp này.</p>
      ) : (
        <ul className="flex flex-col gap-2 text-sm">
          {opinions.map((o) => (
            <li key={o.id} className="flex items-start justify-between gap-2">
              <span>
                <span className="font-medium">{o.topic}</span>{" "}
                <span className="text-ink-muted">· {o.authorName ?? "Ẩn danh"}</span>
              </span>
              <Badge tone={OPINION_STATUS_TONES[o.status]}>{OPINION_STATUS_LABELS[o.status]}</Badge>
            </li>
          ))}
        </ul>
      )}
      {opinions.length > 0 && (
        <Link href="/opinions" className="mt-2 inline-block text-sm text-brand-700 underline">
          Mở hộp thư ý kiến
        </Link>
      )}
    </Card>
  );
}
