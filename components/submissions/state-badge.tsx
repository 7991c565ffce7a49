import { Badge } from "@/components/ui/badge";
import { SUBMISSION_STATE_LABELS } from "@/lib/submissions/labels";
import type { SubmissionStateCode } from "@/lib/submissions/payloads";

const TONE = { SUBMITTED: "blue", RETURNED: "amber", ACCEPTED: "green", SUPERSEDED: "gray" } as const;

export function SubmissionStateBadge({ state }: { state: SubmissionStateCode }) {
  return <Badge tone={TONE[state]}>{SUBMISSION_STATE_LABELS[state]}</Badge>;
}
