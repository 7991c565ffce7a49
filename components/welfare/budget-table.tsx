import { formatMoney } from "@/lib/format";
import { FUND_LABELS, type Fund } from "@/lib/welfare/labels";

export type BudgetLineRow = {
  categoryId: string;
  name: string;
  fund: Fund;
  budget: number | null;
  spent: number;
  committed: number;
  balance: number | null;
};

const money = (n: number | null) => (n === null ? "—" : formatMoney(n));

/**
 * The dự toán per category and fund (computed in SQL): what is paid, what is approved and not yet
 * paid, and what remains to approve. The same figures the visit form and the approval check.
 */
export function BudgetTable({ rows }: { rows: BudgetLineRow[] }) {
  const sum = (k: "budget" | "spent" | "committed" | "balance") => rows.reduce((s, r) => s + (r[k] ?? 0), 0);
  const budgeted = rows.filter((r) => r.budget !== null);
  if (!rows.length) return <p className="text-sm text-ink-muted">Chưa lập dự toán và chưa chi khoản nào.</p>;
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Dự toán và số đã chi theo loại">
      <table className="w-full min-w-[36rem] text-sm" data-testid="budget-table">
        <thead className="text-left text-xs uppercase tracking-wide text-ink-muted">
          <tr>
            <th className="py-2">Loại · nguồn</th>
            <th className="py-2 pl-3 text-right">Dự toán</th>
            <th className="py-2 pl-3 text-right">Đã chi</th>
            <th className="py-2 pl-3 text-right">Đã duyệt, chưa chi</th>
            <th className="py-2 pl-3 text-right">Còn lại</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.categoryId}|${r.fund}`} className="border-t border-surface-line">
              <td className="py-2">
                {r.name} <span className="text-ink-muted">· {FUND_LABELS[r.fund]}</span>
                {r.budget === null && <span className="block text-xs text-ink-muted">Không có dự toán</span>}
              </td>
              <td className="py-2 pl-3 text-right tabular-nums whitespace-nowrap">{money(r.budget)}</td>
              <td className="py-2 pl-3 text-right tabular-nums whitespace-nowrap">{formatMoney(r.spent)}</td>
              <td className="py-2 pl-3 text-right tabular-nums whitespace-nowrap">
                {formatMoney(r.committed)}
              </td>
              <td
                className={`py-2 text-right font-medium tabular-nums whitespace-nowrap ${r.balance !== null && r.balance < 0 ? "text-brand-700" : ""}`}
              >
                {money(r.balance)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-surface-line font-semibold">
            <td className="py-2">Cộng các dòng có dự toán</td>
            <td className="py-2 pl-3 text-right tabular-nums whitespace-nowrap">
              {formatMoney(sum("budget"))}
            </td>
            <td className="py-2 pl-3 text-right tabular-nums whitespace-nowrap">
              {formatMoney(budgeted.reduce((s, r) => s + r.spent, 0))}
            </td>
            <td className="py-2 pl-3 text-right tabular-nums whitespace-nowrap">
              {formatMoney(budgeted.reduce((s, r) => s + r.committed, 0))}
            </td>
            <td className="py-2 pl-3 text-right tabular-nums whitespace-nowrap">
              {formatMoney(sum("balance"))}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
