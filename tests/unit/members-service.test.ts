import { describe, expect, it } from "vitest";
import { EVENT_LABELS, STATUS_LABELS, type MemberStatusCode } from "@/lib/members/labels";
import {
  allowedEvents,
  canApply,
  endsMembership,
  needsTargetGroup,
  statusAfter,
  type LifecycleEvent,
} from "@/lib/members/service";

const STATUSES = Object.keys(STATUS_LABELS) as MemberStatusCode[];
const EVENTS = (Object.keys(EVENT_LABELS) as (keyof typeof EVENT_LABELS)[]).filter(
  (e) => e !== "ADMITTED",
) as LifecycleEvent[];

// status → event → resulting status; a missing event is refused.
const EXPECTED: Record<MemberStatusCode, Partial<Record<LifecycleEvent, MemberStatusCode>>> = {
  ACTIVE: {
    GROUP_CHANGED: "ACTIVE",
    TRANSFERRED_OUT: "TRANSFERRED_OUT",
    SUSPENDED: "SUSPENDED",
    LEFT: "LEFT",
    RETIRED: "RETIRED",
    EXPELLED: "EXPELLED",
  },
  SUSPENDED: {
    RESUMED: "ACTIVE",
    GROUP_CHANGED: "SUSPENDED",
    TRANSFERRED_OUT: "TRANSFERRED_OUT",
    LEFT: "LEFT",
    RETIRED: "RETIRED",
    EXPELLED: "EXPELLED",
  },
  TRANSFERRED_OUT: { TRANSFERRED_IN: "ACTIVE" },
  LEFT: { TRANSFERRED_IN: "ACTIVE" },
  RETIRED: { TRANSFERRED_IN: "ACTIVE" },
  EXPELLED: {},
};

describe("member lifecycle transitions", () => {
  const cells = STATUSES.flatMap((status) =>
    EVENTS.map((event) => ({ status, event, to: EXPECTED[status][event] })),
  );

  it.each(cells)("$status + $event → $to", ({ status, event, to }) => {
    expect(canApply(status, event)).toBe(to !== undefined);
    if (to) expect(statusAfter(status, event)).toBe(to);
  });

  it("allowedEvents lists exactly the applicable events", () => {
    for (const s of STATUSES) expect([...allowedEvents(s)].sort()).toEqual(Object.keys(EXPECTED[s]).sort());
  });

  it("an expelled member is final; admission is never a lifecycle event", () => {
    expect(allowedEvents("EXPELLED")).toEqual([]);
    for (const s of STATUSES) expect(allowedEvents(s)).not.toContain("ADMITTED");
  });

  it("a suspended member cannot be suspended again, an active one cannot resume", () => {
    expect(canApply("SUSPENDED", "SUSPENDED")).toBe(false);
    expect(canApply("ACTIVE", "RESUMED")).toBe(false);
    expect(canApply("ACTIVE", "TRANSFERRED_IN")).toBe(false);
  });

  it("leaving events end the tổ membership and offices; the others do not", () => {
    const ending = EVENTS.filter(endsMembership).sort();
    expect(ending).toEqual(["EXPELLED", "LEFT", "RETIRED", "TRANSFERRED_OUT"]);
  });

  it("events that place the member in a tổ need a target tổ", () => {
    expect(EVENTS.filter(needsTargetGroup).sort()).toEqual(["GROUP_CHANGED", "TRANSFERRED_IN"]);
  });

  it("every event that leaves the unit results in a status without access to a tổ", () => {
    for (const e of EVENTS.filter(endsMembership))
      expect(["ACTIVE", "SUSPENDED"]).not.toContain(statusAfter("ACTIVE", e));
  });
});
