import { formatMoney } from "@/lib/format";

/** Budget vs spent per category, with the running balance (computed in SQL). */
export function BudgetTable({
  rows,
}: {
  rows: { id: string; name: string; budget: number; spent: number; balance: number }[];
}) {
  const sum = (k: "budget" | "spent" | "balance") => rows.reduce((s, r) => s + r[k], 0);
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Dự toán và số đã chi theo loại">
      <table className="w-full min-w-[32rem] text-sm" data-testid="budget-table">
        <thead className="text-left text-xs uppercase tracking-wide text-ink-muted">
          <tr>
            <th className="py-2">Loại</th>
            <th className="py-2 text-right">Dự toán</th>
            <th className="py-2 text-right">Đã duyệt / đã chi</th>
            <th className="py-2 text-right">Còn lại</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-surface-line">
              <td className="py-2">{r.name}</td>
              <td className="py-2 text-right tabular-nums whitespace-nowrap">{formatMoney(r.budget)}</td>
              <td className="py-2 text-right tabular-nums whitespace-nowrap">{formatMoney(r.spent)}</td>
              <td
                className={`py-2 text-right font-medium tabular-nums ${r.balance < 0 ? "text-brand-700" : ""}`}
              >
                {formatMoney(r.balance)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-surface-line font-semibold">
            <td className="py-2">Cộng</td>
            <td className="py-2 text-right tabular-nums whitespace-nowrap">{formatMoney(sum("budget"))}</td>
            <td className="py-2 text-right tabular-nums whitespace-nowrap">{formatMoney(sum("spent"))}</td>
            <td className="py-2 text-right tabular-nums whitespace-nowrap">{formatMoney(sum("balance"))}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
