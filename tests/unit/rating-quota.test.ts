// The quota maths of the annual rating (lib/rating/quota.ts): "Hoàn thành xuất sắc" may not
// exceed 20 % of those rated "Hoàn thành tốt" or better, rounded down.
import { describe, expect, it } from "vitest";
import {
  allowedTop,
  moveCount,
  quotaLine,
  quotaUsage,
  verdictFor,
  type QuotaSettings,
} from "@/lib/rating/quota";

const LEVELS = [
  { name: "Hoàn thành xuất sắc nhiệm vụ", position: 1 },
  { name: "Hoàn thành tốt nhiệm vụ", position: 2 },
  { name: "Hoàn thành nhiệm vụ", position: 3 },
  { name: "Không hoàn thành nhiệm vụ", position: 4 },
];
const [XS, TOT, HT, KHT] = LEVELS.map((l) => l.name);
const WARN: QuotaSettings = { mode: "WARN", percent: 20, basisPosition: 1 };
const BLOCK: QuotaSettings = { ...WARN, mode: "BLOCK" };

describe("quota: zero members rated", () => {
  it("allows nobody at the top, shows no ratio, and is not over", () => {
    const u = quotaUsage({}, LEVELS, WARN);
    expect(u).toMatchObject({ rated: 0, top: 0, basis: 0, allowed: 0, over: 0, ratio: null, state: "ok" });
    expect(u.byLevel.every((l) => l.count === 0 && l.percent === null)).toBe(true);
    expect(quotaLine(u, LEVELS, WARN)).toBe("Số HTXSNV / số HTTNV trở lên: 0/0 = — (tối đa 20 %: 0 người)");
  });
  it("so the first top level in an empty scope already needs a justification (or is blocked)", () => {
    expect(verdictFor({}, null, XS, LEVELS, WARN)).toBe("needs-justification");
    expect(verdictFor({}, null, XS, LEVELS, BLOCK)).toBe("blocked");
  });
});

describe("quota: rounding", () => {
  it("20 % of 7 allows 1 (rounded down), of 5 exactly 1, of 4 none, of 10 two", () => {
    expect(allowedTop(7, 20)).toBe(1);
    expect(allowedTop(5, 20)).toBe(1);
    expect(allowedTop(4, 20)).toBe(0);
    expect(allowedTop(10, 20)).toBe(2);
    expect(allowedTop(14, 20)).toBe(2);
    expect(allowedTop(15, 20)).toBe(3);
  });
  it("is exact in integers for awkward percentages (no 0.1 + 0.2 drift)", () => {
    expect(allowedTop(100, 15)).toBe(15);
    expect(allowedTop(1000, 33.3)).toBe(333);
    expect(allowedTop(3, 33.34)).toBe(1);
  });
  it("prints the ratio with a decimal comma: 1 of 7 is 14,3 %", () => {
    const u = quotaUsage({ [XS]: 1, [TOT]: 6 }, LEVELS, WARN);
    expect(u).toMatchObject({ top: 1, basis: 7, allowed: 1, over: 0, ratio: 14.3, state: "full" });
    expect(quotaLine(u, LEVELS, WARN)).toBe(
      "Số HTXSNV / số HTTNV trở lên: 1/7 = 14,3 % (tối đa 20 %: 1 người)",
    );
  });
});

describe("quota: the “or better” basis", () => {
  it("counts the top level in its own basis, and not the levels below “tốt”", () => {
    const u = quotaUsage({ [XS]: 2, [TOT]: 8, [HT]: 30, [KHT]: 5 }, LEVELS, WARN);
    expect(u.basis).toBe(10);
    expect(u.allowed).toBe(2);
    expect(u.rated).toBe(45);
  });
  it("moving a “tốt” member up keeps the basis: the 2nd top of 10 fits, the 3rd does not", () => {
    const c = { [XS]: 1, [TOT]: 9 };
    expect(verdictFor(c, TOT, XS, LEVELS, BLOCK)).toBe("ok");
    expect(verdictFor(moveCount(c, TOT, XS), TOT, XS, LEVELS, BLOCK)).toBe("blocked");
  });
  it("adding a member straight to the top grows the basis too: 4 tốt + 1 top = 1/5 is allowed", () => {
    expect(verdictFor({ [TOT]: 4 }, null, XS, LEVELS, BLOCK)).toBe("ok");
    expect(verdictFor({ [TOT]: 3 }, null, XS, LEVELS, BLOCK)).toBe("blocked");
  });
  it("a basis rank of 0 makes the quota a share of the top level alone (never satisfiable above 0 % unless 100 %)", () => {
    const u = quotaUsage({ [XS]: 5, [TOT]: 5 }, LEVELS, { ...WARN, basisPosition: 0 });
    expect(u.basis).toBe(5);
    expect(u.allowed).toBe(1);
    expect(quotaLine(u, LEVELS, { ...WARN, basisPosition: 0 })).toContain("Số HTXSNV / số HTXSNV: 5/5");
  });
  it("a basis of “hoàn thành” or better widens it", () => {
    const s = { ...WARN, basisPosition: 2 };
    const u = quotaUsage({ [XS]: 3, [TOT]: 5, [HT]: 7 }, LEVELS, s);
    expect(u).toMatchObject({ basis: 15, allowed: 3, over: 0 });
    expect(quotaLine(u, LEVELS, s)).toContain("số HTNV trở lên: 3/15 = 20 %");
  });
});

describe("quota: per-tổ vs CĐCS scope", () => {
  const toA = { [XS]: 2, [TOT]: 3 }; // 2 of 5: over in its own scope
  const toB = { [XS]: 0, [TOT]: 10, [HT]: 4 };
  const unit = { [XS]: 2, [TOT]: 13, [HT]: 4 };
  it("a tổ can be over its own 20 % while the CĐCS is within its quota", () => {
    expect(quotaUsage(toA, LEVELS, WARN)).toMatchObject({ allowed: 1, over: 1, state: "over" });
    expect(quotaUsage(toB, LEVELS, WARN)).toMatchObject({ allowed: 2, over: 0, state: "ok" });
    expect(quotaUsage(unit, LEVELS, WARN)).toMatchObject({ basis: 15, allowed: 3, over: 0, state: "ok" });
  });
  it("the sum of the tổ allowances is not the CĐCS allowance (each is rounded down on its own)", () => {
    const a = quotaUsage({ [TOT]: 7 }, LEVELS, WARN).allowed;
    const b = quotaUsage({ [TOT]: 8 }, LEVELS, WARN).allowed;
    const u = quotaUsage({ [TOT]: 15 }, LEVELS, WARN).allowed;
    expect([a, b, u]).toEqual([1, 1, 3]);
  });
});

describe("quota: exclusions", () => {
  it("excluded and undecided members carry no level, so they change neither the basis nor the allowance", () => {
    // 7 rated plus 3 excluded ("Không xếp loại") and 2 undecided: the counts passed in are the rated ones.
    const counts = { [XS]: 1, [TOT]: 6, "Không xếp loại": 3, "": 2 };
    const u = quotaUsage(counts, LEVELS, WARN);
    expect(u).toMatchObject({ rated: 7, basis: 7, allowed: 1, over: 0 });
  });
});

describe("quota: verdicts", () => {
  const full = { [XS]: 2, [TOT]: 8 };
  it("going over is blocked in BLOCK mode, needs a justification in WARN mode, and is free when the quota is OFF", () => {
    expect(verdictFor(full, TOT, XS, LEVELS, BLOCK)).toBe("blocked");
    expect(verdictFor(full, TOT, XS, LEVELS, WARN)).toBe("needs-justification");
    expect(verdictFor(full, TOT, XS, LEVELS, { ...WARN, mode: "OFF" })).toBe("ok");
    expect(quotaUsage({ [XS]: 9 }, LEVELS, { ...WARN, mode: "OFF" }).state).toBe("off");
  });
  it("moving someone down, or sideways below the basis, is always allowed, even while over", () => {
    const over = { [XS]: 4, [TOT]: 6 };
    expect(verdictFor(over, XS, TOT, LEVELS, BLOCK)).toBe("ok");
    expect(verdictFor(over, HT, KHT, LEVELS, BLOCK)).toBe("ok");
    expect(verdictFor(over, XS, XS, LEVELS, BLOCK)).toBe("ok");
  });
  it("lowering a “tốt” member to “hoàn thành” can push the top over (the basis shrinks)", () => {
    expect(verdictFor({ [XS]: 1, [TOT]: 4 }, TOT, HT, LEVELS, BLOCK)).toBe("blocked");
  });
});
