// The đoàn phí rule at its boundaries. Every expected amount is worked by hand in the comment beside it.
import { describe, expect, it } from "vitest";
import {
  activeInMonth,
  duesForMonth,
  monthsBetween,
  percentOf,
  upperShareOf,
  type DuesTerms,
  type MemberDuesFacts,
} from "@/lib/finance/dues/rule";
import { termsForMonth } from "@/lib/finance/dues/terms";
import type { DatedValue } from "@/lib/settings/service";

const stored = (effectiveFrom: string, value: unknown): DatedValue => ({
  effectiveFrom,
  value,
  source: "stored",
});
const member = (over: Partial<MemberDuesFacts> = {}): MemberDuesFacts => ({
  joinedOn: "2010-01-01",
  events: [],
  salaries: [{ from: "2010-01-01", bhxh: 6_000_000, net: null }],
  exemptMonths: [],
  ...over,
});
const owed = (terms: DuesTerms, facts: MemberDuesFacts, month: string) =>
  duesForMonth(terms, facts, month).amount;

describe("the defaults, read for a month", () => {
  it("1 % until 06/2025 and 0,5 % from 07/2025; lương cơ sở 2.340.000 ₫ from 07/2024", () => {
    expect(termsForMonth({}, "2025-06")).toMatchObject({
      ratePercent: 1,
      baseSalary: 2_340_000,
      capPercent: 10,
    });
    expect(termsForMonth({}, "2025-07")).toMatchObject({
      ratePercent: 0.5,
      fixedPercent: 0.5,
      cdcsSharePercent: 70,
    });
    expect(termsForMonth({}, "2024-06")).toMatchObject({ baseSalary: 1_800_000, unitType: "hcsn" });
  });
});

describe("30/6 → 01/7/2025 on the state pay scale (no cap)", () => {
  it("6.000.000 ₫ BHXH: 60.000 ₫ in June, 30.000 ₫ in July", () => {
    // 1 % × 6.000.000 = 60.000; 0,5 % × 6.000.000 = 30.000
    expect(owed(termsForMonth({}, "2025-06"), member(), "2025-06")).toBe(60_000);
    expect(owed(termsForMonth({}, "2025-07"), member(), "2025-07")).toBe(30_000);
  });
  it("a high salary is not capped for a state-scale member: 1 % × 30.000.000 = 300.000 ₫", () => {
    const rich = member({ salaries: [{ from: "2020-01-01", bhxh: 30_000_000, net: null }] });
    const due = duesForMonth(termsForMonth({}, "2025-06"), rich, "2025-06");
    expect(due).toMatchObject({ amount: 300_000, capped: false, basis: "bhxh" });
  });
  it("rounds to whole đồng: 0,5 % × 4.999.999 = 24.999,995 → 25.000 ₫", () => {
    const odd = member({ salaries: [{ from: "2020-01-01", bhxh: 4_999_999, net: null }] });
    expect(owed(termsForMonth({}, "2025-07"), odd, "2025-07")).toBe(25_000);
    expect(percentOf(4_999_999, 0.5)).toBe(25_000);
  });
});

describe("the enterprise cap (10 % of lương cơ sở)", () => {
  const enterprise = { "unit.type": [stored("2000-01-01", "enterprise")] };
  const rich = member({ salaries: [{ from: "2020-01-01", bhxh: 30_000_000, net: 20_000_000 }] });
  it("caps 1 % × 30.000.000 = 300.000 at 10 % × 2.340.000 = 234.000 ₫ in 06/2025", () => {
    const due = duesForMonth(termsForMonth(enterprise, "2025-06"), rich, "2025-06");
    expect(due).toMatchObject({ amount: 234_000, standard: 234_000, capped: true });
  });
  it("0,5 % × 30.000.000 = 150.000 ₫ stays under the cap of 234.000 ₫ in 07/2025", () => {
    expect(duesForMonth(termsForMonth(enterprise, "2025-07"), rich, "2025-07")).toMatchObject({
      amount: 150_000,
      capped: false,
    });
  });
  it("caps with the lương cơ sở of the month: 1 % × 30.000.000 at 10 % × 1.800.000 = 180.000 ₫ in 06/2024", () => {
    expect(owed(termsForMonth(enterprise, "2024-06"), rich, "2024-06")).toBe(180_000);
  });
  it("a state-owned enterprise counts tiền lương thực lĩnh: 0,5 % × 20.000.000 = 100.000 ₫", () => {
    const soe = { ...enterprise, "dues.enterprise.base": [stored("2000-01-01", "net")] };
    expect(duesForMonth(termsForMonth(soe, "2025-08"), rich, "2025-08")).toMatchObject({
      amount: 100_000,
      basis: "net",
      salary: 20_000_000,
    });
  });
  it("a cap lowered by the BCH to 5 % applies from its date: 5 % × 2.340.000 = 117.000 ₫", () => {
    const lower = { ...enterprise, "dues.cap.percent": [stored("2025-08-01", 5)] };
    expect(owed(termsForMonth(lower, "2025-07"), rich, "2025-07")).toBe(150_000);
    expect(owed(termsForMonth(lower, "2025-08"), rich, "2025-08")).toBe(117_000);
  });
});

describe("the fixed amount when the salary is unknown", () => {
  const unknown = member({ salaries: [] });
  it("1 % × 2.340.000 = 23.400 ₫ in 06/2025, 0,5 % = 11.700 ₫ from 07/2025", () => {
    expect(duesForMonth(termsForMonth({}, "2025-06"), unknown, "2025-06")).toMatchObject({
      amount: 23_400,
      basis: "fixed",
    });
    expect(owed(termsForMonth({}, "2025-07"), unknown, "2025-07")).toBe(11_700);
  });
});

describe("không thu for a unit paid 100 % from the state budget, from 01/6/2025", () => {
  const stateFull = { "dues.unit.funding": [stored("2000-01-01", "state_full")] };
  it("collects 60.000 ₫ in 05/2025 and nothing from 06/2025", () => {
    expect(duesForMonth(termsForMonth(stateFull, "2025-05"), member(), "2025-05")).toMatchObject({
      status: "owed",
      amount: 60_000,
    });
    expect(duesForMonth(termsForMonth(stateFull, "2025-06"), member(), "2025-06")).toMatchObject({
      status: "not_collected",
      amount: 0,
    });
    expect(owed(termsForMonth(stateFull, "2026-01"), member(), "2026-01")).toBe(0);
  });
  it("a unit not fully state-funded keeps collecting in 06/2025 (1 % × 6.000.000 = 60.000 ₫)", () => {
    expect(owed(termsForMonth({}, "2025-06"), member(), "2025-06")).toBe(60_000);
  });
});

describe("miễn months", () => {
  it("exempts the recorded months only", () => {
    const onLeave = member({ exemptMonths: new Set(["2026-03", "2026-04"]) });
    const terms = termsForMonth({}, "2026-03");
    expect(duesForMonth(terms, onLeave, "2026-02")).toMatchObject({ status: "owed", amount: 30_000 });
    expect(duesForMonth(terms, onLeave, "2026-03")).toMatchObject({ status: "exempt", amount: 0 });
    expect(duesForMonth(terms, onLeave, "2026-04")).toMatchObject({ status: "exempt", amount: 0 });
    expect(duesForMonth(terms, onLeave, "2026-05")).toMatchObject({ status: "owed", amount: 30_000 });
  });
});

describe("a BHXH raise mid-year", () => {
  const raised = member({
    salaries: [
      { from: "2020-01-01", bhxh: 6_000_000, net: null },
      { from: "2026-07-01", bhxh: 8_000_000, net: null },
    ],
  });
  it("0,5 % × 6.000.000 = 30.000 ₫ in June, 0,5 % × 8.000.000 = 40.000 ₫ from July", () => {
    expect(owed(termsForMonth({}, "2026-06"), raised, "2026-06")).toBe(30_000);
    expect(owed(termsForMonth({}, "2026-07"), raised, "2026-07")).toBe(40_000);
  });
  it("a raise from 15/7 counts from August (the salary in force on the month's first day)", () => {
    const late = member({
      salaries: [
        { from: "2020-01-01", bhxh: 6_000_000, net: null },
        { from: "2026-07-15", bhxh: 8_000_000, net: null },
      ],
    });
    expect(owed(termsForMonth({}, "2026-07"), late, "2026-07")).toBe(30_000);
    expect(owed(termsForMonth({}, "2026-08"), late, "2026-08")).toBe(40_000);
  });
});

describe("joining and leaving mid-year", () => {
  it("joined 15/3/2026: February not owed, March owed", () => {
    const joined = { joinedOn: null, events: [{ type: "ADMITTED" as const, on: "2026-03-15" }] };
    expect(activeInMonth(joined, "2026-02")).toBe(false);
    expect(activeInMonth(joined, "2026-03")).toBe(true);
    expect(duesForMonth(termsForMonth({}, "2026-02"), member(joined), "2026-02").status).toBe("not_member");
  });
  it("moved out on 10/9/2026: September owed (member until 09/9), October not", () => {
    const left = { joinedOn: "2010-01-01", events: [{ type: "TRANSFERRED_OUT" as const, on: "2026-09-10" }] };
    expect(activeInMonth(left, "2026-09")).toBe(true);
    expect(activeInMonth(left, "2026-10")).toBe(false);
  });
  it("left on 01/9/2026: August is the last month owed", () => {
    const left = { joinedOn: "2010-01-01", events: [{ type: "LEFT" as const, on: "2026-09-01" }] };
    expect(activeInMonth(left, "2026-08")).toBe(true);
    expect(activeInMonth(left, "2026-09")).toBe(false);
  });
  it("suspended 01/4 and resumed 01/6/2026: April and May are not owed", () => {
    const facts = {
      joinedOn: "2010-01-01",
      events: [
        { type: "SUSPENDED" as const, on: "2026-04-01" },
        { type: "RESUMED" as const, on: "2026-06-01" },
      ],
    };
    expect(["2026-03", "2026-04", "2026-05", "2026-06"].map((m) => activeInMonth(facts, m))).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });
  it("moved out and back in: owed before, not between, owed again", () => {
    const facts = {
      joinedOn: "2010-01-01",
      events: [
        { type: "TRANSFERRED_OUT" as const, on: "2026-02-01" },
        { type: "TRANSFERRED_IN" as const, on: "2026-05-20" },
      ],
    };
    expect(["2026-01", "2026-02", "2026-05"].map((m) => activeInMonth(facts, m))).toEqual([
      true,
      false,
      true,
    ]);
  });
});

describe("the BCH's higher rate", () => {
  it("1 % by nghị quyết from 01/2026: 1 % × 6.000.000 = 60.000 ₫, of which 30.000 ₫ is extra", () => {
    const higher = { "dues.bch.rate.percent": [stored("2026-01-01", 1)] };
    expect(duesForMonth(termsForMonth(higher, "2025-12"), member(), "2025-12")).toMatchObject({
      amount: 30_000,
      extra: 0,
    });
    expect(duesForMonth(termsForMonth(higher, "2026-01"), member(), "2026-01")).toMatchObject({
      amount: 60_000,
      standard: 30_000,
      extra: 30_000,
      rate: 1,
    });
  });
  it("in an enterprise the extra is above the capped standard: 1 % × 30.000.000 = 300.000 − 234.000 = 66.000 ₫", () => {
    const rich = member({ salaries: [{ from: "2020-01-01", bhxh: 30_000_000, net: null }] });
    const terms = termsForMonth(
      {
        "unit.type": [stored("2000-01-01", "enterprise")],
        "dues.cap.percent": [stored("2025-07-01", 5)],
        "dues.bch.rate.percent": [stored("2026-01-01", 1)],
      },
      "2026-01",
    );
    // standard: 0,5 % × 30.000.000 = 150.000 > cap 5 % × 2.340.000 = 117.000 → 117.000; higher 300.000
    expect(duesForMonth(terms, rich, "2026-01")).toMatchObject({
      amount: 300_000,
      standard: 117_000,
      extra: 183_000,
    });
  });
});

describe("the cấp trên's share and months", () => {
  it("30 % of 1.000.000 ₫ collected at the statutory rate is 300.000 ₫", () => {
    expect(upperShareOf(1_000_000, 70)).toBe(300_000);
    expect(upperShareOf(30_001, 70)).toBe(9_000); // 9.000,3 → 9.000
  });
  it("lists the months across a year end", () => {
    expect(monthsBetween("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
  });
});
