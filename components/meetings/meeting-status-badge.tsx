import { Badge } from "@/components/ui/badge";
import { MEETING_STATUS_LABELS, MEETING_STATUS_TONES, type MeetingStatusCode } from "@/lib/meetings/labels";

export function MeetingStatusBadge({ status }: { status: MeetingStatusCode }) {
  return <Badge tone={MEETING_STATUS_TONES[status]}>{MEETING_STATUS_LABELS[status]}</Badge>;
}
