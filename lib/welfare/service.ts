// Pure welfare rules: the rate in force, the per-member limits, budget balances and the state
// machines. No I/O; unit-tested in tests/unit/welfare-*.test.ts. Money is integer đồng throughout.
import { formatMoney } from "@/lib/format";
import type { Fund, NominationState, VisitState } from "./labels";

export type RateLine = {
  categoryId: string;
  defaultAmount: number;
  maxPerTime: number | null;
  maxTimesPerYear: number | null;
  maxAmountPerYear: number | null;
};
export type RateVersion = { id: string; effectiveFrom: Date; reference: string; lines: RateLine[] };

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The year of a calendar date stored as UTC midnight (`@db.Date`): 31/12 and 01/01 fall in different years. */
export function welfareYear(on: Date): number {
  return on.getUTCFullYear();
}

/** The year of a moment, in Asia/Ho_Chi_Minh: 31/12 at 23:30 in Hà Nội is 16:30 UTC, still that year; 01/01 at 00:30 is the next. */
export function yearInVietnam(moment: Date): number {
  return new Date(moment.getTime() + VN_OFFSET_MS).getUTCFullYear();
}

/** [1 January, 1 January of the next year) as `@db.Date` values, for `eventOn >= from AND eventOn < to`. */
export function yearRange(year: number) {
  return { from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year + 1, 0, 1)) };
}

/** The version in force on a date: the latest effectiveFrom on or before it. */
export function versionOn(versions: RateVersion[], on: Date): RateVersion | null {
  let best: RateVersion | null = null;
  for (const v of versions)
    if (v.effectiveFrom.getTime() <= on.getTime() && (!best || v.effectiveFrom > best.effectiveFrom))
      best = v;
  return best;
}

export function rateFor(versions: RateVersion[], categoryId: string, on: Date) {
  const version = versionOn(versions, on);
  const line = version?.lines.find((l) => l.categoryId === categoryId) ?? null;
  return version && line ? { version, line } : null;
}

/** Adds integer đồng exactly; refuses anything that is not a safe integer (a float would drift). */
export function sumDong(amounts: Iterable<number | bigint>): number {
  let total = 0n;
  for (const a of amounts) {
    if (typeof a === "number" && !Number.isSafeInteger(a))
      throw new Error(`Số tiền không phải số nguyên đồng: ${a}`);
    total += BigInt(a);
  }
  if (total > BigInt(Number.MAX_SAFE_INTEGER)) throw new Error("Tổng vượt giới hạn an toàn");
  return Number(total);
}

export type PriorVisit = { id: string; eventOn: Date; amount: number; state: VisitState };
export type LimitIssue =
  | { kind: "PER_TIME"; max: number; message: string }
  | { kind: "TIMES_PER_YEAR"; max: number; count: number; message: string }
  | { kind: "AMOUNT_PER_YEAR"; max: number; total: number; message: string };
export type LimitCheck = {
  year: number;
  rate: {
    versionId: string;
    reference: string;
    defaultAmount: number;
    maxPerTime: number | null;
    maxTimesPerYear: number | null;
    maxAmountPerYear: number | null;
  } | null;
  issues: LimitIssue[];
};

const TAIL = "cần ghi lý do và số quyết định của BCH.";

/**
 * Checks one visit (this member, this category) against the rate in force on its event date and
 * the member's other visits of the same category in the same year (cancelled ones count nowhere).
 */
export function evaluateLimits(input: {
  versions: RateVersion[];
  categoryId: string;
  eventOn: Date;
  amount: number;
  prior: PriorVisit[];
  visitId?: string;
}): LimitCheck {
  const year = welfareYear(input.eventOn);
  const found = rateFor(input.versions, input.categoryId, input.eventOn);
  if (!found) return { year, rate: null, issues: [] };
  const { version, line } = found;
  const sameYear = input.prior.filter(
    (p) => p.id !== input.visitId && p.state !== "CANCELLED" && welfareYear(p.eventOn) === year,
  );
  const issues: LimitIssue[] = [];
  if (line.maxPerTime !== null && input.amount > line.maxPerTime) {
    issues.push({
      kind: "PER_TIME",
      max: line.maxPerTime,
      message: `Số tiền vượt mức quy chế (tối đa ${formatMoney(line.maxPerTime)}/lần): ${TAIL}`,
    });
  }
  const count = sameYear.length + 1;
  if (line.maxTimesPerYear !== null && count > line.maxTimesPerYear) {
    issues.push({
      kind: "TIMES_PER_YEAR",
      max: line.maxTimesPerYear,
      count,
      message: `Đây là lần thứ ${count} trong năm ${year} (quy chế tối đa ${line.maxTimesPerYear} lần/năm): ${TAIL}`,
    });
  }
  const total = sumDong([...sameYear.map((p) => p.amount), input.amount]);
  if (line.maxAmountPerYear !== null && total > line.maxAmountPerYear) {
    issues.push({
      kind: "AMOUNT_PER_YEAR",
      max: line.maxAmountPerYear,
      total,
      message: `Tổng trong năm ${year} là ${formatMoney(total)}, vượt mức ${formatMoney(line.maxAmountPerYear)}/năm: ${TAIL}`,
    });
  }
  const rate = {
    versionId: version.id,
    reference: version.reference,
    defaultAmount: line.defaultAmount,
    maxPerTime: line.maxPerTime,
    maxTimesPerYear: line.maxTimesPerYear,
    maxAmountPerYear: line.maxAmountPerYear,
  };
  return { year, rate, issues };
}

/** Field errors when a visit beyond the rules lacks its stated reason or the BCH decision reference. */
export function overrideErrors(
  check: LimitCheck,
  o: { overrideReason?: string | null; overrideDecisionRef?: string | null },
): Record<string, string> | null {
  if (!check.issues.length) return null;
  const out: Record<string, string> = {};
  const message = check.issues.map((i) => i.message).join(" ");
  if (!o.overrideReason?.trim()) out.overrideReason = message;
  if (!o.overrideDecisionRef?.trim())
    out.overrideDecisionRef = "Vui lòng ghi số quyết định hoặc biên bản họp BCH cho phép vượt quy chế.";
  return Object.keys(out).length ? out : null;
}

export type BudgetRow = { categoryId: string; fund: Fund; amount: number };
export type SpentRow = { categoryId: string; fund: Fund; amount: number | bigint };
export type BalanceRow = { categoryId: string; fund: Fund; budget: number; spent: number; balance: number };

/** Budget vs spent per category × fund; a line with spending but no budget shows a negative balance. */
export function budgetBalances(budgets: BudgetRow[], spent: SpentRow[]): BalanceRow[] {
  const key = (r: { categoryId: string; fund: Fund }) => `${r.categoryId}|${r.fund}`;
  const rows = new Map<string, BalanceRow>();
  for (const b of budgets)
    rows.set(key(b), {
      categoryId: b.categoryId,
      fund: b.fund,
      budget: sumDong([b.amount]),
      spent: 0,
      balance: 0,
    });
  for (const s of spent) {
    const r = rows.get(key(s)) ?? { categoryId: s.categoryId, fund: s.fund, budget: 0, spent: 0, balance: 0 };
    r.spent = sumDong([r.spent, s.amount]);
    rows.set(key(s), r);
  }
  for (const r of rows.values()) r.balance = r.budget - r.spent;
  return [...rows.values()];
}

const VISIT_NEXT: Record<VisitState, VisitState[]> = {
  PROPOSED: ["APPROVED", "CANCELLED"],
  APPROVED: ["DONE", "CANCELLED"],
  DONE: ["CANCELLED"],
  CANCELLED: [],
};
export const canMoveVisit = (from: VisitState, to: VisitState) => VISIT_NEXT[from].includes(to);
/** Before it is done, a visit may still be edited; afterwards only cancelled. */
export const isEditable = (state: VisitState) => state === "PROPOSED" || state === "APPROVED";

const NOMINATION_NEXT: Record<NominationState, NominationState[]> = {
  PROPOSED: ["SENT_UP"],
  SENT_UP: ["ACCEPTED", "REJECTED"],
  ACCEPTED: ["BUILDING"],
  REJECTED: [],
  BUILDING: ["HANDED_OVER"],
  HANDED_OVER: [],
};
export const nextNominationStates = (from: NominationState) => NOMINATION_NEXT[from];
