// Member lifecycle rules: which dated events are allowed from which status. No I/O.
import type { MemberEventCode, MemberStatusCode } from "./labels";

export type LifecycleEvent = Exclude<MemberEventCode, "ADMITTED">;

const TRANSITIONS: Record<MemberStatusCode, LifecycleEvent[]> = {
  ACTIVE: ["GROUP_CHANGED", "TRANSFERRED_OUT", "SUSPENDED", "LEFT", "RETIRED", "EXPELLED"],
  SUSPENDED: ["RESUMED", "GROUP_CHANGED", "TRANSFERRED_OUT", "LEFT", "RETIRED", "EXPELLED"],
  TRANSFERRED_OUT: ["TRANSFERRED_IN"],
  LEFT: ["TRANSFERRED_IN"],
  RETIRED: ["TRANSFERRED_IN"],
  EXPELLED: [],
};

const RESULT: Record<LifecycleEvent, MemberStatusCode | null> = {
  GROUP_CHANGED: null, // status unchanged
  TRANSFERRED_IN: "ACTIVE",
  TRANSFERRED_OUT: "TRANSFERRED_OUT",
  SUSPENDED: "SUSPENDED",
  RESUMED: "ACTIVE",
  LEFT: "LEFT",
  RETIRED: "RETIRED",
  EXPELLED: "EXPELLED",
};

export function allowedEvents(status: MemberStatusCode): LifecycleEvent[] {
  return TRANSITIONS[status];
}

export function canApply(status: MemberStatusCode, event: LifecycleEvent): boolean {
  return TRANSITIONS[status].includes(event);
}

export function statusAfter(status: MemberStatusCode, event: LifecycleEvent): MemberStatusCode {
  return RESULT[event] ?? status;
}

/** The member leaves the unit: their tổ membership and offices end on that date. */
export function endsMembership(event: LifecycleEvent): boolean {
  return ["TRANSFERRED_OUT", "LEFT", "RETIRED", "EXPELLED"].includes(event);
}

/** Events that place the member in a (new) tổ, so a target tổ is required. */
export function needsTargetGroup(event: LifecycleEvent): boolean {
  return event === "GROUP_CHANGED" || event === "TRANSFERRED_IN";
}
