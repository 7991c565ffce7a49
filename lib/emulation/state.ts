// The state machines of registrations and self-assessments. Pure: every illegal move returns null.
import type { AssessmentState, RegistrationState } from "./labels";

export type RegistrationEvent = "edit" | "submit" | "forward" | "approve" | "return";

const REGISTRATION: Record<RegistrationState, Partial<Record<RegistrationEvent, RegistrationState>>> = {
  DRAFT: { edit: "DRAFT", submit: "SUBMITTED" },
  RETURNED: { edit: "RETURNED", submit: "SUBMITTED" },
  SUBMITTED: { forward: "FORWARDED", approve: "APPROVED", return: "RETURNED" },
  FORWARDED: { approve: "APPROVED", return: "RETURNED" },
  APPROVED: {},
};

export function nextRegistrationState(
  from: RegistrationState,
  event: RegistrationEvent,
): RegistrationState | null {
  return REGISTRATION[from][event] ?? null;
}

export type AssessmentEvent = "edit" | "submit" | "return";

const ASSESSMENT: Record<AssessmentState, Partial<Record<AssessmentEvent, AssessmentState>>> = {
  DRAFT: { edit: "DRAFT", submit: "SUBMITTED" },
  SUBMITTED: { return: "DRAFT" },
};

export function nextAssessmentState(from: AssessmentState, event: AssessmentEvent): AssessmentState | null {
  return ASSESSMENT[from][event] ?? null;
}

/**
 * A first submission after the deadline needs the BCH's allowance. A registration the BCH
 * returned may be fixed and resubmitted whatever the date: the delay was not the member's.
 */
export function mayFirstSubmit(
  r: { firstSubmittedAt: Date | null; lateAllowedAt: Date | null },
  today: Date,
  deadline: Date,
): boolean {
  if (r.firstSubmittedAt || r.lateAllowedAt) return true;
  return today.getTime() <= deadline.getTime();
}

/** The self-assessment window, inclusive; a returned form may be fixed after it closes. */
export function inAssessmentWindow(today: Date, opensOn: Date, closesOn: Date, returned = false): boolean {
  if (today.getTime() < opensOn.getTime()) return false;
  return returned || today.getTime() <= closesOn.getTime();
}
