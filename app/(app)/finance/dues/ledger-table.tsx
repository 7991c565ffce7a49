import Link from "next/link";
import { DuesStatus } from "@/components/finance/dues-status";
import { PAYMENT_METHOD_LABELS, type PaymentMethod } from "@/lib/finance/dues/labels";
import type { MonthRow } from "@/lib/finance/dues/queries";
import { formatDate, formatMoney } from "@/lib/format";

const how = (r: MonthRow) => r.methods.map((m) => PAYMENT_METHOD_LABELS[m as PaymentMethod]).join(", ");
const basis = (r: MonthRow) =>
  r.basis === "fixed"
    ? "Mức cố định"
    : r.salary
      ? `${formatMoney(r.salary)}${r.capped ? " (trần)" : ""}`
      : "";

/** Members × one month: a table on a desktop, cards on a phone. */
export function LedgerTable({ rows, month }: { rows: MonthRow[]; month: string }) {
  const href = (r: MonthRow) => `/finance/dues/members/${r.memberId}?year=${month.slice(0, 4)}`;
  return (
    <>
      <ul className="flex flex-col gap-2 md:hidden" data-testid="dues-cards">
        {rows.map((r) => (
          <li key={r.memberId} className="rounded-card border border-surface-line bg-white p-3">
            <Link href={href(r)} className="font-medium text-brand-700 hover:underline">
              {r.fullName}
            </Link>
            <p className="text-sm text-ink-muted">
              {r.groupName} · phải đóng {formatMoney(r.amount)}
            </p>
            <div className="mt-1 flex items-center justify-between gap-2">
              <span className="tabular-nums">{r.paid ? formatMoney(r.paid) : "—"}</span>
              <DuesStatus line={r} />
            </div>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded-card border border-surface-line bg-white md:block">
        <table className="w-full text-sm" data-testid="dues-table">
          <thead className="bg-surface-sunken text-left text-xs uppercase tracking-wide text-ink-muted">
            <tr>
              <th className="px-3 py-2">Đoàn viên</th>
              <th className="px-3 py-2">Tổ</th>
              <th className="px-3 py-2 text-right">Căn cứ</th>
              <th className="px-3 py-2 text-right">Phải đóng</th>
              <th className="px-3 py-2 text-right">Đã nộp</th>
              <th className="px-3 py-2">Ngày nộp</th>
              <th className="px-3 py-2">Hình thức</th>
              <th className="px-3 py-2">Tình trạng</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.memberId} className="border-t border-surface-line">
                <td className="px-3 py-2">
                  <Link href={href(r)} className="font-medium text-brand-700 hover:underline">
                    {r.fullName}
                  </Link>
                  {r.cardNumber && <span className="block text-xs text-ink-muted">Thẻ {r.cardNumber}</span>}
                </td>
                <td className="px-3 py-2">{r.groupName}</td>
                <td className="px-3 py-2 text-right tabular-nums">{basis(r)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{formatMoney(r.amount)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{r.paid ? formatMoney(r.paid) : "—"}</td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {r.lastPaidOn ? formatDate(r.lastPaidOn) : ""}
                </td>
                <td className="px-3 py-2">{how(r)}</td>
                <td className="px-3 py-2">
                  <DuesStatus line={r} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
