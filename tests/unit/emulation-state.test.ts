import { describe, expect, it } from "vitest";
import { REGISTRATION_STATES, type AssessmentState, type RegistrationState } from "@/lib/emulation/labels";
import {
  inAssessmentWindow,
  mayFirstSubmit,
  nextAssessmentState,
  nextRegistrationState,
  type AssessmentEvent,
  type RegistrationEvent,
} from "@/lib/emulation/state";

const EVENTS: RegistrationEvent[] = ["edit", "submit", "forward", "approve", "return"];
const LEGAL: Record<string, RegistrationState> = {
  "DRAFT/edit": "DRAFT",
  "DRAFT/submit": "SUBMITTED",
  "RETURNED/edit": "RETURNED",
  "RETURNED/submit": "SUBMITTED",
  "SUBMITTED/forward": "FORWARDED",
  "SUBMITTED/approve": "APPROVED",
  "SUBMITTED/return": "RETURNED",
  "FORWARDED/approve": "APPROVED",
  "FORWARDED/return": "RETURNED",
};

describe("registration transitions", () => {
  const cells = REGISTRATION_STATES.flatMap((s) => EVENTS.map((e) => [s, e] as const));
  it.each(cells)("%s --%s-->", (state, event) => {
    expect(nextRegistrationState(state, event)).toBe(LEGAL[`${state}/${event}`] ?? null);
  });
  it("an approved registration is final", () => {
    for (const e of EVENTS) expect(nextRegistrationState("APPROVED", e)).toBeNull();
  });
});

describe("self-assessment transitions", () => {
  const legal: Record<string, AssessmentState> = {
    "DRAFT/edit": "DRAFT",
    "DRAFT/submit": "SUBMITTED",
    "SUBMITTED/return": "DRAFT",
  };
  const cells = (["DRAFT", "SUBMITTED"] as const).flatMap((s) =>
    (["edit", "submit", "return"] as AssessmentEvent[]).map((e) => [s, e] as const),
  );
  it.each(cells)("%s --%s-->", (state, event) => {
    expect(nextAssessmentState(state, event)).toBe(legal[`${state}/${event}`] ?? null);
  });
});

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("the registration deadline", () => {
  const deadline = d("2026-01-25");
  const fresh = { firstSubmittedAt: null, lateAllowedAt: null };
  it("allows a first submission up to and on the deadline day", () => {
    expect(mayFirstSubmit(fresh, d("2026-01-25"), deadline)).toBe(true);
    expect(mayFirstSubmit(fresh, d("2026-01-26"), deadline)).toBe(false);
  });
  it("after it, only with the BCH's allowance, or to resubmit a returned one", () => {
    expect(
      mayFirstSubmit({ firstSubmittedAt: null, lateAllowedAt: d("2026-03-01") }, d("2026-03-02"), deadline),
    ).toBe(true);
    expect(
      mayFirstSubmit({ firstSubmittedAt: d("2026-01-20"), lateAllowedAt: null }, d("2026-03-02"), deadline),
    ).toBe(true);
  });
});

describe("the self-assessment window", () => {
  const open = d("2026-11-01");
  const close = d("2026-11-30");
  it("is inclusive at both ends", () => {
    expect(inAssessmentWindow(d("2026-10-31"), open, close)).toBe(false);
    expect(inAssessmentWindow(d("2026-11-01"), open, close)).toBe(true);
    expect(inAssessmentWindow(d("2026-11-30"), open, close)).toBe(true);
    expect(inAssessmentWindow(d("2026-12-01"), open, close)).toBe(false);
  });
  it("a returned form may be fixed after it closes", () => {
    expect(inAssessmentWindow(d("2026-12-05"), open, close, true)).toBe(true);
  });
});
