import { DuesStatus } from "@/components/finance/dues-status";
import { monthLabel, PAYMENT_METHOD_LABELS, type PaymentMethod } from "@/lib/finance/dues/labels";
import type { LedgerMonth } from "@/lib/finance/dues/ledger";
import type { PaymentLine } from "@/lib/finance/dues/queries";
import { formatDate, formatMoney } from "@/lib/format";

/** A member's twelve months and the payments behind them (staff page and "Của tôi" alike). */
export function DuesHistory({
  months,
  lines,
  balance,
  action,
}: {
  months: LedgerMonth[];
  lines: PaymentLine[];
  balance: number;
  action?: (line: PaymentLine) => React.ReactNode;
}) {
  const owed = months.reduce((s, m) => s + m.amount, 0);
  const paid = months.reduce((s, m) => s + m.paid, 0);
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm" data-testid="dues-balance">
        {balance === 0
          ? "Đã nộp đủ đến tháng này."
          : balance < 0
            ? `Còn thiếu ${formatMoney(-balance)} đến tháng này.`
            : `Nộp thừa ${formatMoney(balance)} (được trừ vào các tháng sau).`}
      </p>
      <div className="overflow-x-auto rounded-card border border-surface-line bg-white">
        <table className="w-full text-sm" data-testid="dues-months">
          <thead className="bg-surface-sunken text-left text-xs uppercase tracking-wide text-ink-muted">
            <tr>
              <th className="px-3 py-2">Tháng</th>
              <th className="px-3 py-2 text-right">Căn cứ</th>
              <th className="px-3 py-2 text-right">Phải đóng</th>
              <th className="px-3 py-2 text-right">Đã nộp</th>
              <th className="px-3 py-2">Tình trạng</th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month} className="border-t border-surface-line">
                <td className="px-3 py-2 tabular-nums">{monthLabel(m.month)}</td>
                <td className="px-3 py-2 text-right tabular-nums">
                  {m.basis === "fixed" ? "Mức cố định" : m.salary ? formatMoney(m.salary) : ""}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{formatMoney(m.amount)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{m.paid ? formatMoney(m.paid) : "—"}</td>
                <td className="px-3 py-2">
                  <DuesStatus line={m} />
                </td>
              </tr>
            ))}
            <tr className="border-t border-surface-line font-semibold">
              <td className="px-3 py-2">Cả năm</td>
              <td />
              <td className="px-3 py-2 text-right tabular-nums">{formatMoney(owed)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatMoney(paid)}</td>
              <td />
            </tr>
          </tbody>
        </table>
      </div>
      <section>
        <h2 className="mb-2 text-base font-semibold">Các khoản đã nộp</h2>
        {lines.length ? (
          <ul className="flex flex-col gap-2" data-testid="dues-payments">
            {lines.map((l) => (
              <li
                key={l.id}
                className="flex flex-wrap items-center justify-between gap-2 rounded-card border border-surface-line bg-white p-3 text-sm"
              >
                <span>
                  Tháng {monthLabel(l.month)} ·{" "}
                  <strong className="tabular-nums">{formatMoney(l.amount)}</strong> ·{" "}
                  {PAYMENT_METHOD_LABELS[l.method as PaymentMethod]} · {formatDate(l.paidOn)}
                  {l.reversesId && <span className="text-ink-muted"> · điều chỉnh: {l.note}</span>}
                  {l.reversed && <span className="text-ink-muted"> · đã điều chỉnh</span>}
                </span>
                {action?.(l)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-ink-muted">Chưa có khoản nào trong năm.</p>
        )}
      </section>
    </div>
  );
}
