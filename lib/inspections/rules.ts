// The inspection's states and what each step needs (decision 0077). Pure and client-safe: the
// operations refuse with these messages, the page offers only the steps they allow.
import type { InspectionStatus, RecommendationStatus } from "@/lib/generated/prisma/enums";

export type InspectionStep =
  | "start"
  | "record" // add or withdraw a finding or a recommendation
  | "conclude"
  | "withdraw"
  | "respond" // the BCH answers a recommendation
  | "review" // the UBKT accepts the answer or asks again
  | "close";

const FROM: Record<InspectionStep, { from: InspectionStatus[]; refusal: string }> = {
  start: { from: ["PLANNED"], refusal: "Chỉ bắt đầu được cuộc kiểm tra đang dự kiến." },
  record: {
    from: ["IN_PROGRESS"],
    refusal: "Chỉ ghi phát hiện, kiến nghị khi cuộc kiểm tra đang tiến hành (trước khi kết luận).",
  },
  conclude: { from: ["IN_PROGRESS"], refusal: "Chỉ kết luận được cuộc kiểm tra đang tiến hành." },
  withdraw: { from: ["PLANNED", "IN_PROGRESS"], refusal: "Cuộc kiểm tra đã kết luận thì không rút được." },
  respond: {
    from: ["CONCLUDED"],
    refusal: "Chỉ trả lời kiến nghị của cuộc kiểm tra đã kết luận, chưa khép lại.",
  },
  review: {
    from: ["CONCLUDED"],
    refusal: "Chỉ xem xét câu trả lời của cuộc kiểm tra đã kết luận, chưa khép lại.",
  },
  close: { from: ["CONCLUDED"], refusal: "Chỉ khép lại được cuộc kiểm tra đã kết luận." },
};

/** Why the step is refused in this state, or null when it is allowed. */
export function stepRefusal(step: InspectionStep, status: InspectionStatus): string | null {
  return FROM[step].from.includes(status) ? null : FROM[step].refusal;
}

/** Why a recommendation cannot take the step in its own state (the inspection allowing it). */
export function recommendationRefusal(
  step: "respond" | "review" | "withdraw",
  status: RecommendationStatus,
): string | null {
  if (step === "respond" && status !== "OPEN")
    return status === "ANSWERED"
      ? "Kiến nghị này đã được trả lời, đang chờ UBKT xem xét."
      : "Kiến nghị này không còn chờ trả lời.";
  if (step === "review" && status !== "ANSWERED") return "Kiến nghị này chưa có câu trả lời mới để xem xét.";
  if (step === "withdraw" && status !== "OPEN") return "Chỉ rút được kiến nghị chưa được trả lời.";
  return null;
}

/** An inspection closes when every recommendation still standing has been accepted. */
export function closeRefusal(recommendations: { status: RecommendationStatus }[]): string | null {
  const pending = recommendations.filter((r) => r.status === "OPEN" || r.status === "ANSWERED").length;
  return pending
    ? `Còn ${pending} kiến nghị chưa hoàn thành: chỉ khép lại khi mọi kiến nghị đã được UBKT chấp nhận.`
    : null;
}

/** A conclusion rests on at least one finding (an observation counts). */
export function concludeRefusal(findingCount: number): string | null {
  return findingCount > 0
    ? null
    : "Chưa có nội dung kiểm tra nào được ghi nhận: hãy ghi ít nhất một phát hiện.";
}
