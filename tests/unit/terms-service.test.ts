import { describe, expect, it } from "vitest";
import { checkMove } from "@/lib/groups/service";
import {
  checkAssignment,
  checkEnd,
  findOverlappingTerm,
  isCurrentOn,
  periodsOverlap,
  pickCurrentTerm,
  positionPhase,
  type AssignmentInput,
  type ExistingPosition,
} from "@/lib/terms/service";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const term = { startOn: d("2023-10-01"), endOn: d("2028-09-30") };
const member = { id: "m1", status: "ACTIVE", groupId: "g1" };
const held = (p: Partial<ExistingPosition>): ExistingPosition => ({
  memberId: "m2",
  memberName: "Trần Thị Thu Hà",
  office: "CHAIR",
  groupId: null,
  startOn: d("2023-10-01"),
  endOn: null,
  ...p,
});
const assign = (over: Partial<AssignmentInput>) =>
  checkAssignment({
    office: "BCH_MEMBER",
    groupId: null,
    startOn: d("2026-01-01"),
    member,
    term,
    existing: [],
    ...over,
  });

describe("periodsOverlap", () => {
  it("counts shared end days as overlap (both ends inclusive)", () => {
    expect(
      periodsOverlap(
        { startOn: d("2024-01-01"), endOn: d("2024-06-30") },
        { startOn: d("2024-06-30"), endOn: null },
      ),
    ).toBe(true);
  });
  it("separates back-to-back periods", () => {
    expect(
      periodsOverlap(
        { startOn: d("2024-01-01"), endOn: d("2024-06-29") },
        { startOn: d("2024-06-30"), endOn: null },
      ),
    ).toBe(false);
  });
  it("treats an open end as lasting forever", () => {
    expect(
      periodsOverlap(
        { startOn: d("2020-01-01"), endOn: null },
        { startOn: d("2030-01-01"), endOn: d("2030-12-31") },
      ),
    ).toBe(true);
    expect(
      periodsOverlap(
        { startOn: d("2031-01-01"), endOn: null },
        { startOn: d("2030-01-01"), endOn: d("2030-12-31") },
      ),
    ).toBe(false);
  });
  it("accepts yyyy-MM-dd strings as well as dates", () => {
    expect(isCurrentOn({ startOn: "2024-01-01", endOn: "2024-12-31" }, d("2024-12-31"))).toBe(true);
    expect(isCurrentOn({ startOn: "2024-01-01", endOn: "2024-12-31" }, d("2025-01-01"))).toBe(false);
  });
});

describe("pickCurrentTerm", () => {
  const old = { id: "old", startOn: d("2018-10-01"), endOn: d("2023-09-30") };
  const now = { id: "now", startOn: d("2023-10-01"), endOn: d("2028-09-30") };
  it("picks the term covering today", () => {
    expect(pickCurrentTerm([old, now], d("2026-11-22"))?.id).toBe("now");
    expect(pickCurrentTerm([now, old], d("2020-05-01"))?.id).toBe("old");
  });
  it("falls back to the latest term when none covers today", () => {
    expect(pickCurrentTerm([old, now], d("2030-01-01"))?.id).toBe("now");
  });
  it("returns null without terms", () => {
    expect(pickCurrentTerm([], d("2026-01-01"))).toBeNull();
  });
});

describe("checkAssignment", () => {
  it("allows an ordinary assignment", () => {
    expect(assign({})).toBeNull();
  });
  it("refuses a member who is not active", () => {
    expect(assign({ member: { ...member, status: "SUSPENDED" } })?.memberId).toMatch(/đang sinh hoạt/);
  });
  it("allows only one chủ tịch in office at a time", () => {
    const error = assign({ office: "CHAIR", existing: [held({})] });
    expect(error?.office).toMatch(/Đã có chủ tịch/);
    expect(error?.office).toContain("Trần Thị Thu Hà");
  });
  it("allows a new chủ tịch once the previous one has ended before the start date", () => {
    expect(assign({ office: "CHAIR", existing: [held({ endOn: d("2025-12-31") })] })).toBeNull();
    expect(assign({ office: "CHAIR", existing: [held({ endOn: d("2026-01-01") })] })?.office).toBeDefined();
  });
  it("catches a back-dated chủ tịch that would overlap a later one", () => {
    expect(
      assign({
        office: "CHAIR",
        startOn: d("2024-01-01"),
        existing: [held({ startOn: d("2025-01-01"), endOn: d("2025-12-31") })],
      }),
    ).not.toBeNull();
  });
  it("allows several phó chủ tịch and ủy viên", () => {
    expect(assign({ office: "VICE_CHAIR", existing: [held({ office: "VICE_CHAIR" })] })).toBeNull();
    expect(assign({ office: "BCH_MEMBER", existing: [held({ office: "BCH_MEMBER" })] })).toBeNull();
  });
  it("allows one tổ trưởng per tổ, not per unit", () => {
    const leaderElsewhere = held({ office: "GROUP_LEADER", groupId: "g2" });
    expect(assign({ office: "GROUP_LEADER", groupId: "g1", existing: [leaderElsewhere] })).toBeNull();
    const leaderHere = held({ office: "GROUP_LEADER", groupId: "g1" });
    expect(assign({ office: "GROUP_LEADER", groupId: "g1", existing: [leaderHere] })?.office).toMatch(
      /đã có tổ trưởng/,
    );
  });
  it("allows a tổ phó beside a tổ trưởng", () => {
    expect(
      assign({
        office: "GROUP_DEPUTY",
        groupId: "g1",
        existing: [held({ office: "GROUP_LEADER", groupId: "g1" })],
      }),
    ).toBeNull();
  });
  it("requires tổ officers to belong to that tổ", () => {
    expect(assign({ office: "GROUP_LEADER", groupId: "g2" })?.memberId).toMatch(/không thuộc tổ/);
    expect(assign({ office: "GROUP_DEPUTY", groupId: null })?.groupId).toBeDefined();
  });
  it("refuses the same member holding the same position twice", () => {
    const error = assign({
      office: "BCH_MEMBER",
      existing: [held({ memberId: "m1", office: "BCH_MEMBER" })],
    });
    expect(error?.memberId).toMatch(/đang giữ chức vụ này/);
  });
  it("keeps the start date inside the term", () => {
    expect(assign({ startOn: d("2023-09-30") })?.startOn).toMatch(/nằm trong nhiệm kỳ/);
    expect(assign({ startOn: d("2028-10-01") })?.startOn).toMatch(/01\/10\/2023 – 30\/09\/2028/);
    expect(assign({ startOn: d("2028-09-30") })).toBeNull();
  });
});

describe("checkEnd", () => {
  const today = d("2026-11-22");
  it("refuses an end date before the start date", () => {
    expect(checkEnd({ startOn: d("2024-03-01"), endOn: null }, d("2024-02-29"), today)?.endOn).toMatch(
      /01\/03\/2024/,
    );
  });
  it("accepts an end date on the start date or later", () => {
    expect(checkEnd({ startOn: d("2024-03-01"), endOn: null }, d("2024-03-01"), today)).toBeNull();
    expect(checkEnd({ startOn: d("2024-03-01"), endOn: d("2027-01-01") }, d("2026-12-31"), today)).toBeNull();
  });
  it("refuses ending a position that already ended", () => {
    expect(
      checkEnd({ startOn: d("2024-03-01"), endOn: d("2025-01-01") }, d("2025-06-01"), today)?.endOn,
    ).toMatch(/đã kết thúc/);
  });
});

describe("terms and phases", () => {
  const terms = [{ name: "Nhiệm kỳ 2023–2028", startOn: d("2023-10-01"), endOn: d("2028-09-30") }];
  it("finds a term that overlaps a new one", () => {
    expect(findOverlappingTerm(terms, { startOn: d("2028-09-30"), endOn: d("2033-09-30") })?.name).toBe(
      "Nhiệm kỳ 2023–2028",
    );
    expect(findOverlappingTerm(terms, { startOn: d("2028-10-01"), endOn: d("2033-09-30") })).toBeNull();
  });
  it("classifies positions as current, upcoming or past", () => {
    const today = d("2026-11-22");
    expect(positionPhase({ startOn: d("2023-10-01"), endOn: null }, today)).toBe("current");
    expect(positionPhase({ startOn: d("2023-10-01"), endOn: today }, today)).toBe("current");
    expect(positionPhase({ startOn: d("2026-12-01"), endOn: null }, today)).toBe("upcoming");
    expect(positionPhase({ startOn: d("2023-10-01"), endOn: d("2026-11-21") }, today)).toBe("past");
  });
});

// The tổ move rules live beside the terms rules: both decide who holds what, and from when.
describe("checkMove (chuyển tổ)", () => {
  const today = d("2026-11-22");
  const mai = {
    fullName: "Lê Thị Mai",
    status: "ACTIVE" as const,
    groupId: "g1",
    inGroupSince: d("2020-09-02"),
  };
  it("allows a dated move of current members", () => {
    expect(
      checkMove(
        [mai, { ...mai, fullName: "Phạm Minh Tuấn", status: "SUSPENDED" }],
        "g2",
        d("2026-11-01"),
        today,
      ),
    ).toBeNull();
  });
  it("refuses a member already in the target tổ", () => {
    expect(checkMove([mai], "g1", today, today)?.memberIds).toContain("Lê Thị Mai");
  });
  it("refuses members who no longer belong to the union", () => {
    expect(checkMove([{ ...mai, status: "RETIRED" }], "g2", today, today)?.memberIds).toMatch(
      /Không còn sinh hoạt/,
    );
  });
  it("refuses a date in the future or before the member joined the current tổ", () => {
    expect(checkMove([mai], "g2", d("2026-11-23"), today)?.effectiveOn).toMatch(/tương lai/);
    expect(checkMove([mai], "g2", d("2020-09-01"), today)?.effectiveOn).toMatch(/02\/09\/2020/);
    expect(checkMove([mai], "g2", d("2020-09-02"), today)).toBeNull();
  });
});

describe("checkMove and the member's latest event", () => {
  it("refuses a date before the member's latest lifecycle event", () => {
    const suspended = {
      fullName: "Võ Văn Việt",
      status: "SUSPENDED" as const,
      groupId: "g1",
      inGroupSince: d("2011-09-04"),
      lastEventOn: d("2026-03-01"),
    };
    expect(checkMove([suspended], "g2", d("2026-02-28"), d("2026-11-22"))?.effectiveOn).toMatch(
      /01\/03\/2026.*thay đổi sinh hoạt gần nhất/,
    );
    expect(checkMove([suspended], "g2", d("2026-03-01"), d("2026-11-22"))).toBeNull();
  });
});
