// The programme's pure rules (decision 0082): the done rule, which state changes the BCH may make,
// and the months and quarters of a năm học. Expected values worked out by hand.
import { describe, expect, it } from "vitest";
import { cycleMonths, periodDays, periodLabel, periodRank } from "@/lib/programme/periods";
import { carriedOut, effectiveState, stateChangeProblem } from "@/lib/programme/rules";
import { CALENDAR_CYCLE, SCHOOL_CYCLE } from "@/lib/settings/cycle";

describe("the done rule", () => {
  it("a carried-out link makes a planned or moved item done; a dropped one stays dropped", () => {
    expect(effectiveState("PLANNED", true)).toBe("DONE");
    expect(effectiveState("MOVED", true)).toBe("DONE");
    expect(effectiveState("DROPPED", true)).toBe("DROPPED");
    expect(effectiveState("PLANNED", false)).toBe("PLANNED");
  });
  it("a meeting counts once held, a movement once launched by today, a visit once made", () => {
    const today = new Date("2026-12-07T00:00:00Z");
    expect(carriedOut({ kind: "meeting", status: "PLANNED" })).toBe(false);
    expect(carriedOut({ kind: "meeting", status: "HELD" })).toBe(true);
    expect(carriedOut({ kind: "movement", launchedOn: new Date("2026-12-07T00:00:00Z"), today })).toBe(true);
    expect(carriedOut({ kind: "movement", launchedOn: new Date("2026-12-08T00:00:00Z"), today })).toBe(false);
    expect(carriedOut({ kind: "movement", launchedOn: null, today })).toBe(false);
    expect(carriedOut({ kind: "welfareVisit", state: "APPROVED" })).toBe(false);
    expect(carriedOut({ kind: "welfareVisit", state: "DONE" })).toBe(true);
  });
  it("refuses a change from done or dropped but back to planned", () => {
    expect(stateChangeProblem("DROPPED", "DONE")).toBe(
      "Nội dung đã hoàn thành hoặc đã bỏ: hãy đưa về kế hoạch trước.",
    );
    expect(stateChangeProblem("DONE", "PLANNED")).toBeNull();
    expect(stateChangeProblem("PLANNED", "PLANNED")).toBe("Nội dung đã ở trạng thái này.");
    expect(stateChangeProblem("MOVED", "MOVED")).toBeNull();
  });
});

describe("periods of a năm học from 01/09", () => {
  it("orders the months September to August and labels them with their calendar year", () => {
    expect(cycleMonths(SCHOOL_CYCLE)).toEqual([9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(periodLabel(2026, SCHOOL_CYCLE, { month: 2, quarter: null })).toBe("Tháng 2/2027");
    expect(periodLabel(2026, SCHOOL_CYCLE, { month: null, quarter: 2 })).toBe("Quý II (tháng 12 – 2/2027)");
    expect(periodLabel(2026, CALENDAR_CYCLE, { month: null, quarter: 1 })).toBe("Quý I (tháng 1 – 3/2026)");
  });
  it("a quarter sorts before its first month; its days run to the end of its last month", () => {
    const q2 = periodRank(SCHOOL_CYCLE, { month: null, quarter: 2 });
    expect(q2).toBeLessThan(periodRank(SCHOOL_CYCLE, { month: 12, quarter: null }));
    expect(q2).toBeGreaterThan(periodRank(SCHOOL_CYCLE, { month: 11, quarter: null }));
    const d = periodDays(2026, SCHOOL_CYCLE, { month: null, quarter: 2 });
    expect([d.from.toISOString().slice(0, 10), d.to.toISOString().slice(0, 10)]).toEqual([
      "2026-12-01",
      "2027-02-28",
    ]);
  });
});
