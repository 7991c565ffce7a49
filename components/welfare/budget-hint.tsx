import { formatMoney } from "@/lib/format";
import { FUND_LABELS, type Fund } from "@/lib/welfare/labels";

export type BudgetFigures = {
  year: number;
  fund: Fund;
  budget: number;
  spent: number;
  committed: number;
  remaining: number;
  after: number;
};

/**
 * The category's dự toán of the year for this visit: what remains now and after it. Amber with the
 * warning when the visit takes it below zero (going on needs a written reason).
 */
export function BudgetHint({ budget, warning }: { budget: BudgetFigures | null; warning: string | null }) {
  if (!budget) return null;
  const line =
    `Dự toán năm ${budget.year} (${FUND_LABELS[budget.fund]}): ${formatMoney(budget.budget)}; ` +
    `đã chi ${formatMoney(budget.spent)}, đã duyệt chưa chi ${formatMoney(budget.committed)}; ` +
    `còn lại ${formatMoney(budget.remaining)}, sau lượt này ${formatMoney(budget.after)}.`;
  return warning ? (
    <div
      className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
      data-testid="budget-warning"
      role="note"
    >
      <p className="font-medium">Vượt dự toán</p>
      <p className="mt-1">{warning}</p>
      <p className="mt-1 text-xs">{line}</p>
    </div>
  ) : (
    <p className="text-xs text-ink-muted" data-testid="budget-hint">
      {line}
    </p>
  );
}
