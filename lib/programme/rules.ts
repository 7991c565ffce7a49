// The programme's states and the done rule (decision 0082). Pure and client-safe.
//
// The BCH sets an item's state: planned, done, moved (to another month, with a reason) or dropped
// (with a reason). An item linked to the record that carries it out counts as done once that
// record is carried out — a meeting held, a movement launched by today, a welfare visit made — so
// nobody ticks what the app already knows. A dropped item stays dropped whatever its link.

export type ProgrammeState = "PLANNED" | "DONE" | "MOVED" | "DROPPED";
export const STATES: ProgrammeState[] = ["PLANNED", "DONE", "MOVED", "DROPPED"];

/** The state shown, counted and printed: the stored one, or done by its carried-out link. */
export function effectiveState(stored: ProgrammeState, linkCarriedOut: boolean): ProgrammeState {
  if (stored === "DROPPED" || stored === "DONE") return stored;
  return linkCarriedOut ? "DONE" : stored;
}

/** Whether the BCH may take an item from one stored state to another; the reason why not otherwise. */
export function stateChangeProblem(from: ProgrammeState, to: ProgrammeState): string | null {
  if (from === to && to !== "MOVED") return "Nội dung đã ở trạng thái này.";
  if (to === "PLANNED") return from === "DONE" || from === "DROPPED" ? null : "Nội dung đang ở kế hoạch.";
  if (from === "DONE" || from === "DROPPED")
    return "Nội dung đã hoàn thành hoặc đã bỏ: hãy đưa về kế hoạch trước.";
  return null;
}

export const needsReason = (to: ProgrammeState) => to === "MOVED" || to === "DROPPED";

/** The record kinds an item may link to, and whether a record of that kind counts as carried out. */
export type LinkFacts =
  | { kind: "meeting"; status: "PLANNED" | "HELD" | "MINUTES_DRAFT" | "MINUTES_SIGNED" }
  | { kind: "movement"; launchedOn: Date | null; today: Date }
  | { kind: "welfareVisit"; state: "PROPOSED" | "APPROVED" | "DONE" | "CANCELLED" };

export function carriedOut(f: LinkFacts): boolean {
  if (f.kind === "meeting") return f.status !== "PLANNED";
  if (f.kind === "movement") return !!f.launchedOn && f.launchedOn.getTime() <= f.today.getTime();
  return f.state === "DONE";
}
