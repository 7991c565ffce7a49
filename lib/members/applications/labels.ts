// Labels and the state machine of an đơn gia nhập. Client-safe, no I/O.
export const APPLICATION_STATUS_LABELS = {
  SUBMITTED: "Chờ BCH xét",
  APPROVED: "BCH đồng ý, chờ quyết định",
  DECIDED: "Đã có quyết định, chờ lễ kết nạp",
  ADMITTED: "Đã kết nạp",
  REFUSED: "Không kết nạp",
  WITHDRAWN: "Đã rút đơn",
} as const;
export type ApplicationStatusCode = keyof typeof APPLICATION_STATUS_LABELS;

export type ApplicationStep = "decide" | "withdraw" | "issue" | "ceremony";

const ALLOWED: Record<ApplicationStep, ApplicationStatusCode[]> = {
  /** The BCH approves or refuses a đơn it has not decided yet. */
  decide: ["SUBMITTED"],
  /** The applicant withdraws before a quyết định names them. */
  withdraw: ["SUBMITTED", "APPROVED"],
  /** A quyết định kết nạp names only đơn the BCH approved and no other quyết định holds. */
  issue: ["APPROVED"],
  /** The lễ kết nạp admits the people a quyết định names. */
  ceremony: ["DECIDED"],
};

export function canTakeStep(status: ApplicationStatusCode, step: ApplicationStep): boolean {
  return ALLOWED[step].includes(status);
}

/** "Không thể … khi đơn đang ở trạng thái …". */
export function stepRefusal(status: ApplicationStatusCode, what: string) {
  return `Không thể ${what} khi đơn đang ở trạng thái "${APPLICATION_STATUS_LABELS[status]}".`;
}
