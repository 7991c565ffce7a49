// Pure: one member's months priced by the rule and matched with what was paid. Shared by the
// month view, a member's history and the sổ, so the three agree by construction.
import { duesForMonth, type MemberDuesFacts, type MonthDues } from "./rule";
import { termsForMonth, type StoredDuesSettings } from "./terms";

export type PaidSum = { amount: number; lastPaidOn: string | null; methods: string[] };
export type LedgerMonth = MonthDues & {
  paid: number;
  balance: number;
  lastPaidOn: string | null;
  methods: string[];
};

/** A cache of the terms per month, so 60,000 members × 12 months resolve the settings 12 times. */
export function termsCache(stored: StoredDuesSettings) {
  const cache = new Map<string, ReturnType<typeof termsForMonth>>();
  return (month: string) => {
    let t = cache.get(month);
    if (!t) cache.set(month, (t = termsForMonth(stored, month)));
    return t;
  };
}

export function ledgerMonth(
  terms: ReturnType<ReturnType<typeof termsCache>>,
  facts: MemberDuesFacts,
  month: string,
  paid: PaidSum | undefined,
): LedgerMonth {
  const due = duesForMonth(terms, facts, month);
  const amount = paid?.amount ?? 0;
  return {
    ...due,
    paid: amount,
    balance: amount - due.amount,
    lastPaidOn: paid?.lastPaidOn ?? null,
    methods: paid?.methods ?? [],
  };
}

/** Adds a payment row into a sum keyed by member and month. */
export function addPayment(
  sums: Map<string, PaidSum>,
  key: string,
  p: { amount: number; paidOn: Date; method: string },
) {
  const s = sums.get(key) ?? { amount: 0, lastPaidOn: null, methods: [] };
  s.amount += p.amount;
  const on = p.paidOn.toISOString().slice(0, 10);
  if (p.amount > 0 && (!s.lastPaidOn || on > s.lastPaidOn)) s.lastPaidOn = on;
  if (p.amount > 0 && !s.methods.includes(p.method)) s.methods.push(p.method);
  sums.set(key, s);
}
