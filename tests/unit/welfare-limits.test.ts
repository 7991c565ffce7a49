import { describe, expect, it } from "vitest";
import { parseDong } from "@/lib/welfare/schema";
import {
  budgetBalances,
  canMoveVisit,
  evaluateLimits,
  nextNominationStates,
  overrideErrors,
  rateFor,
  sumDong,
  welfareYear,
  yearInVietnam,
  yearRange,
  type PriorVisit,
  type RateVersion,
} from "@/lib/welfare/service";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const SICK = "sick";
const GRAVE = "grave";
const versions: RateVersion[] = [
  {
    id: "v2025",
    effectiveFrom: d("2025-01-01"),
    reference: "Quy chế 02/QC-CĐCS",
    lines: [
      {
        categoryId: SICK,
        defaultAmount: 300_000,
        maxPerTime: 1_000_000,
        maxTimesPerYear: 2,
        maxAmountPerYear: null,
      },
      {
        categoryId: GRAVE,
        defaultAmount: 1_000_000,
        maxPerTime: null,
        maxTimesPerYear: null,
        maxAmountPerYear: 3_000_000,
      },
    ],
  },
  {
    id: "v2026-07",
    effectiveFrom: d("2026-07-01"),
    reference: "Quy chế 05/QC-CĐCS",
    lines: [
      {
        categoryId: SICK,
        defaultAmount: 500_000,
        maxPerTime: 1_500_000,
        maxTimesPerYear: 3,
        maxAmountPerYear: null,
      },
    ],
  },
];
const visit = (id: string, on: string, amount: number, state: PriorVisit["state"] = "DONE"): PriorVisit => ({
  id,
  eventOn: d(on),
  amount,
  state,
});

describe("the rate in force", () => {
  it("is the version with the latest start on or before the event date", () => {
    expect(rateFor(versions, SICK, d("2026-06-30"))?.version.id).toBe("v2025");
    expect(rateFor(versions, SICK, d("2026-07-01"))?.version.id).toBe("v2026-07");
    expect(rateFor(versions, SICK, d("2024-12-31"))).toBeNull();
  });
  it("has no line for a category the new version dropped", () => {
    expect(rateFor(versions, GRAVE, d("2026-08-01"))).toBeNull();
    expect(rateFor(versions, GRAVE, d("2026-05-01"))?.line.maxAmountPerYear).toBe(3_000_000);
  });
});

describe("limits per time and per year", () => {
  it("warns above the maximum per time of the version on the event date", () => {
    const june = evaluateLimits({
      versions,
      categoryId: SICK,
      eventOn: d("2026-06-30"),
      amount: 1_200_000,
      prior: [],
    });
    expect(june.issues.map((i) => i.kind)).toEqual(["PER_TIME"]);
    expect(june.issues[0].message).toBe(
      "Số tiền vượt mức quy chế (tối đa 1.000.000 ₫/lần): cần ghi lý do và số quyết định của BCH.",
    );
    expect(
      evaluateLimits({ versions, categoryId: SICK, eventOn: d("2026-07-01"), amount: 1_200_000, prior: [] })
        .issues,
    ).toEqual([]);
    expect(
      evaluateLimits({ versions, categoryId: SICK, eventOn: d("2026-06-30"), amount: 1_000_000, prior: [] })
        .issues,
    ).toEqual([]);
  });

  it("counts the third sickness visit of a year, with the count limit of the version on its date", () => {
    const prior = [visit("a", "2026-02-01", 300_000), visit("b", "2026-05-01", 300_000)];
    const may = evaluateLimits({
      versions,
      categoryId: SICK,
      eventOn: d("2026-06-20"),
      amount: 300_000,
      prior,
    });
    expect(may.issues).toMatchObject([{ kind: "TIMES_PER_YEAR", max: 2, count: 3 }]);
    expect(may.issues[0].message).toContain("lần thứ 3 trong năm 2026");
    // From 01/07/2026 the revised quy chế allows three a year.
    expect(
      evaluateLimits({ versions, categoryId: SICK, eventOn: d("2026-07-10"), amount: 300_000, prior }).issues,
    ).toEqual([]);
  });

  it("does not count cancelled visits, the visit being edited, or visits of another year", () => {
    const prior = [
      visit("a", "2026-02-01", 300_000),
      visit("b", "2026-03-01", 300_000, "CANCELLED"),
      visit("c", "2025-12-31", 300_000),
      visit("self", "2026-04-01", 300_000),
    ];
    expect(
      evaluateLimits({
        versions,
        categoryId: SICK,
        eventOn: d("2026-04-01"),
        amount: 300_000,
        prior,
        visitId: "self",
      }).issues,
    ).toEqual([]);
  });

  it("splits the year at 31/12 and 01/01", () => {
    const prior = [visit("a", "2025-06-01", 300_000), visit("b", "2025-12-31", 300_000)];
    expect(
      evaluateLimits({
        versions,
        categoryId: SICK,
        eventOn: d("2025-12-31"),
        amount: 1,
        prior: [visit("a", "2025-06-01", 1), visit("x", "2025-03-01", 1)],
      }).issues,
    ).toHaveLength(1);
    expect(
      evaluateLimits({ versions, categoryId: SICK, eventOn: d("2026-01-01"), amount: 300_000, prior }).issues,
    ).toEqual([]);
    expect(welfareYear(d("2025-12-31"))).toBe(2025);
    expect(welfareYear(d("2026-01-01"))).toBe(2026);
    // Moments in Vietnam's time: 23:30 on 31/12 in Hà Nội is still that year; 00:30 on 01/01 is the next.
    expect(yearInVietnam(new Date("2025-12-31T16:30:00Z"))).toBe(2025);
    expect(yearInVietnam(new Date("2025-12-31T17:30:00Z"))).toBe(2026);
    expect(yearRange(2026)).toEqual({ from: d("2026-01-01"), to: d("2027-01-01") });
  });

  it("adds up the yearly amount (bệnh hiểm nghèo ≤ 3.000.000 ₫ a year)", () => {
    const prior = [visit("a", "2026-01-10", 1_500_000), visit("b", "2026-03-10", 1_000_000)];
    expect(
      evaluateLimits({ versions, categoryId: GRAVE, eventOn: d("2026-05-01"), amount: 500_000, prior })
        .issues,
    ).toEqual([]);
    const over = evaluateLimits({
      versions,
      categoryId: GRAVE,
      eventOn: d("2026-05-01"),
      amount: 500_001,
      prior,
    });
    expect(over.issues).toMatchObject([{ kind: "AMOUNT_PER_YEAR", total: 3_000_001, max: 3_000_000 }]);
    expect(over.issues[0].message).toContain("3.000.001 ₫");
  });

  it("asks for both the reason and the decision reference, next to their fields", () => {
    const check = evaluateLimits({
      versions,
      categoryId: SICK,
      eventOn: d("2026-03-01"),
      amount: 2_000_000,
      prior: [],
    });
    expect(overrideErrors(check, { overrideReason: "", overrideDecisionRef: "" })).toEqual({
      overrideReason: expect.stringContaining("Số tiền vượt mức quy chế (tối đa 1.000.000 ₫/lần)"),
      overrideDecisionRef: expect.stringContaining("số quyết định"),
    });
    expect(overrideErrors(check, { overrideReason: "Điều trị dài ngày", overrideDecisionRef: "" })).toEqual({
      overrideDecisionRef: expect.any(String),
    });
    expect(
      overrideErrors(check, { overrideReason: "Điều trị dài ngày", overrideDecisionRef: "NQ 07/NQ-BCH" }),
    ).toBeNull();
  });
});

describe("money in integer đồng", () => {
  it("sums many odd amounts exactly, where floats would drift", () => {
    const amounts = Array.from({ length: 10_000 }, (_, i) => 100_001 + (i % 7) * 333_333);
    const expected = amounts.reduce((s, a) => s + BigInt(a), 0n);
    expect(sumDong(amounts)).toBe(Number(expected));
    expect(0.1 + 0.2).not.toBe(0.3); // why đồng are integers
    expect(() => sumDong([100_000.5])).toThrow();
    expect(sumDong([10n ** 12n, 1])).toBe(1_000_000_000_001);
  });
  it("reads money as typed", () => {
    expect(parseDong("1.000.000")).toBe(1_000_000);
    expect(parseDong("1000000")).toBe(1_000_000);
    expect(parseDong("1 500 000 ₫")).toBe(1_500_000);
    expect(parseDong("1.000,5")).toBeNull();
    expect(parseDong("1,5")).toBeNull();
    expect(parseDong("-5")).toBeNull();
    expect(parseDong("10.00.000")).toBeNull();
  });
});

describe("budget balance", () => {
  it("is budget minus spent per category and fund, negative when spent without a budget", () => {
    const rows = budgetBalances(
      [{ categoryId: SICK, fund: "UNION_FUND", amount: 3_500_000 }],
      [
        { categoryId: SICK, fund: "UNION_FUND", amount: 3_350_001n },
        { categoryId: GRAVE, fund: "SOCIALIZED", amount: 1_000_000 },
      ],
    );
    expect(rows).toEqual([
      { categoryId: SICK, fund: "UNION_FUND", budget: 3_500_000, spent: 3_350_001, balance: 149_999 },
      { categoryId: GRAVE, fund: "SOCIALIZED", budget: 0, spent: 1_000_000, balance: -1_000_000 },
    ]);
  });
});

describe("states", () => {
  it("moves a visit đề xuất → duyệt → đã chi, and cancels from any state but cancelled", () => {
    expect(canMoveVisit("PROPOSED", "APPROVED")).toBe(true);
    expect(canMoveVisit("PROPOSED", "DONE")).toBe(false);
    expect(canMoveVisit("APPROVED", "DONE")).toBe(true);
    expect(canMoveVisit("DONE", "APPROVED")).toBe(false);
    for (const s of ["PROPOSED", "APPROVED", "DONE"] as const)
      expect(canMoveVisit(s, "CANCELLED")).toBe(true);
    expect(canMoveVisit("CANCELLED", "CANCELLED")).toBe(false);
  });
  it("moves a Mái ấm nomination through its own states", () => {
    expect(nextNominationStates("SENT_UP")).toEqual(["ACCEPTED", "REJECTED"]);
    expect(nextNominationStates("REJECTED")).toEqual([]);
    expect(nextNominationStates("ACCEPTED")).toEqual(["BUILDING"]);
  });
});
