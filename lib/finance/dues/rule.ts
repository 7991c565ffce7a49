// The đoàn phí rule: what one member owes for one month. Pure; unit-tested by hand-worked cases in
// tests/unit/dues-rule.test.ts. The settings in force for the month come in as `DuesTerms` (terms.ts
// builds them from the dated settings); the member's dated salary, lifecycle and miễn months come in
// as `MemberDuesFacts`. See docs/decisions/0075-dues-ledger.md for the choices written down here.

/** The dated settings in force on the month's first day. Percentages as numbers (0,5 % → 0.5). */
export type DuesTerms = {
  ratePercent: number; // dues.rate.percent
  baseSalary: number; // dues.base.salary (lương cơ sở)
  unitType: "hcsn" | "enterprise"; // unit.type
  enterpriseBase: "bhxh" | "net"; // dues.enterprise.base
  capPercent: number; // dues.cap.percent (enterprises only)
  fixedPercent: number; // dues.fixed.percent of lương cơ sở, when the salary is unknown
  bchRatePercent: number; // dues.bch.rate.percent, 0 = none
  funding: "state_full" | "other"; // dues.unit.funding
  stateFundedCollect: "collect" | "stop"; // dues.stateFunded.collect
  cdcsSharePercent: number; // dues.cdcs.share.percent
};

/**
 * Whether the unit does not collect đoàn phí in a month of these terms: fully paid by the state budget
 * while the stop is in force (from 01/6/2025, Công văn 4133/TLĐ-ToC). The one test of it.
 */
export const collectStopped = (t: DuesTerms) => t.funding === "state_full" && t.stateFundedCollect === "stop";

/** A salary row: in force from `from` ("yyyy-MM-dd") until the next row. */
export type SalaryRow = { from: string; bhxh: number | null; net: number | null };

export type LifecycleEvent = {
  type:
    | "ADMITTED"
    | "GROUP_CHANGED"
    | "TRANSFERRED_IN"
    | "TRANSFERRED_OUT"
    | "SUSPENDED"
    | "RESUMED"
    | "LEFT"
    | "RETIRED"
    | "EXPELLED";
  on: string; // "yyyy-MM-dd"
};

export type MemberDuesFacts = {
  /** The day the member joined the union (or this unit), when no ADMITTED/TRANSFERRED_IN event says it. */
  joinedOn: string | null;
  events: LifecycleEvent[];
  salaries: SalaryRow[];
  /** Months ("yyyy-MM") the BCH recorded as miễn (BHXH benefit, unpaid leave of a month or more). */
  exemptMonths: ReadonlySet<string> | readonly string[];
};

export type MonthStatus = "owed" | "not_member" | "exempt" | "not_collected";

export type MonthDues = {
  month: string;
  status: MonthStatus;
  /** What the member owes this month, in đồng (0 unless "owed"). */
  amount: number;
  /** The part owed at the statutory rate (split 70/30 with the cấp trên). */
  standard: number;
  /** The part owed above it by the BCH's higher rate (kept 100 % by the CĐCS). */
  extra: number;
  /** What the amount was worked on: the salary and its kind, or the fixed amount. */
  basis: "bhxh" | "net" | "fixed" | null;
  salary: number | null;
  /** The percentage applied (the BCH's, when it is the higher). */
  rate: number;
  capped: boolean;
};

const START = new Set(["ADMITTED", "TRANSFERRED_IN", "RESUMED"]);
const END = new Set(["TRANSFERRED_OUT", "SUSPENDED", "LEFT", "RETIRED", "EXPELLED"]);

/** "yyyy-MM" → [first day, last day] as "yyyy-MM-dd". */
export function monthBounds(month: string): [string, string] {
  const [y, m] = month.split("-").map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return [`${month}-01`, `${month}-${String(last).padStart(2, "0")}`];
}

/** Percent of an amount in whole đồng, rounded half up, without float error (0,5 % is 50 / 10 000). */
export function percentOf(amount: number, percent: number): number {
  const basisPoints = Math.round(percent * 100);
  return Math.floor((amount * basisPoints + 5_000) / 10_000);
}

/**
 * Whether the member is a member (and not suspended) on at least one day of the month. Joined on
 * 15/3 → March is owed; left on 10/9 → September is owed (member until 09/9); left on 01/9 → not.
 */
export function activeInMonth(facts: Pick<MemberDuesFacts, "joinedOn" | "events">, month: string): boolean {
  const [first, last] = monthBounds(month);
  const events = [...facts.events].filter((e) => START.has(e.type) || END.has(e.type));
  events.sort((a, b) => a.on.localeCompare(b.on));
  // Before the first event the member is in since `joinedOn`, unless that event is the joining itself.
  const startsWithJoin = events.length > 0 && START.has(events[0].type);
  let activeFrom: string | null = startsWithJoin ? null : (facts.joinedOn ?? "0000-01-01");
  for (const e of events) {
    if (START.has(e.type)) {
      activeFrom ??= e.on;
      continue;
    }
    if (activeFrom !== null) {
      // active from activeFrom to the day before e.on
      if (activeFrom <= last && e.on > first) return true;
      activeFrom = null;
    }
  }
  return activeFrom !== null && activeFrom <= last;
}

/** The salary row in force on the month's first day: a raise from 01/7 counts from July. */
export function salaryForMonth(salaries: readonly SalaryRow[], month: string): SalaryRow | null {
  const [first] = monthBounds(month);
  let best: SalaryRow | null = null;
  for (const row of salaries) if (row.from <= first && (!best || row.from > best.from)) best = row;
  return best;
}

function isExempt(facts: MemberDuesFacts, month: string): boolean {
  const set = facts.exemptMonths;
  return "has" in set ? set.has(month) : set.includes(month);
}

const NOTHING = { amount: 0, standard: 0, extra: 0, basis: null, salary: null, rate: 0, capped: false };

export function duesForMonth(terms: DuesTerms, facts: MemberDuesFacts, month: string): MonthDues {
  if (!activeInMonth(facts, month)) return { month, status: "not_member", ...NOTHING };
  if (collectStopped(terms)) return { month, status: "not_collected", ...NOTHING };
  if (isExempt(facts, month)) return { month, status: "exempt", ...NOTHING };
  const row = salaryForMonth(facts.salaries, month);
  const enterprise = terms.unitType === "enterprise";
  const basis = enterprise && terms.enterpriseBase === "net" ? "net" : "bhxh";
  const salary = row ? row[basis] : null;
  if (salary === null || salary <= 0) {
    const fixed = percentOf(terms.baseSalary, terms.fixedPercent);
    return {
      month,
      status: "owed",
      amount: fixed,
      standard: fixed,
      extra: 0,
      basis: "fixed",
      salary: null,
      rate: terms.fixedPercent,
      capped: false,
    };
  }
  const uncapped = percentOf(salary, terms.ratePercent);
  const cap = percentOf(terms.baseSalary, terms.capPercent);
  const capped = enterprise && uncapped > cap;
  const standard = capped ? cap : uncapped;
  const higher = terms.bchRatePercent > terms.ratePercent ? percentOf(salary, terms.bchRatePercent) : 0;
  if (higher > standard)
    return {
      month,
      status: "owed",
      amount: higher,
      standard,
      extra: higher - standard,
      basis,
      salary,
      rate: terms.bchRatePercent,
      capped,
    };
  return {
    month,
    status: "owed",
    amount: standard,
    standard,
    extra: 0,
    basis,
    salary,
    rate: terms.ratePercent,
    capped,
  };
}

/** The cấp trên's share of what was collected at the statutory rate; the extra stays whole with the CĐCS. */
export function upperShareOf(standardCollected: number, cdcsSharePercent: number): number {
  return percentOf(standardCollected, 100 - cdcsSharePercent);
}

/** "yyyy-MM" for each month from `from` to `to` inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split("-").map(Number);
  const [ty, tm] = to.split("-").map(Number);
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}
