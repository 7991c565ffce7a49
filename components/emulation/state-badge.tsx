import { Badge } from "@/components/ui/badge";
import {
  ASSESSMENT_STATE_LABELS,
  REGISTRATION_STATE_LABELS,
  REGISTRATION_STATE_TONES,
  type AssessmentState,
  type RegistrationState,
} from "@/lib/emulation/labels";

export function RegistrationBadge({ state }: { state: RegistrationState | null | undefined }) {
  if (!state) return <Badge tone="gray">Chưa đăng ký</Badge>;
  return <Badge tone={REGISTRATION_STATE_TONES[state]}>{REGISTRATION_STATE_LABELS[state]}</Badge>;
}

export function AssessmentBadge({
  state,
  returned,
}: {
  state: AssessmentState | null | undefined;
  returned?: boolean;
}) {
  if (!state) return <Badge tone="gray">Chưa tự đánh giá</Badge>;
  if (state === "DRAFT" && returned) return <Badge tone="red">Bị trả lại</Badge>;
  return <Badge tone={state === "SUBMITTED" ? "green" : "amber"}>{ASSESSMENT_STATE_LABELS[state]}</Badge>;
}
