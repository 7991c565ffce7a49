import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { MoneySummary } from "@/lib/dashboard/money";
import { notCollectedText } from "@/lib/finance/dues/collect-stop";
import { formatDate, formatMoney } from "@/lib/format";

/**
 * The fund and đoàn phí for the calendar year so far: thu against chi as two bars on one scale (the
 * figures written beside them; the bars are decoration), the balance now split into cash and bank,
 * and the đoàn phí collected and remitted. Links open the fund and the dues ledger.
 */
export function MoneyCard({ m }: { m: MoneySummary }) {
  const f = m.fund;
  const scale = Math.max(f.income, f.spending, 1);
  const bars = [
    { key: "income", label: "Thu", amount: f.income, fill: "fill-emerald-600" },
    { key: "spending", label: "Chi", amount: f.spending, fill: "fill-brand-600" },
  ];
  return (
    <Card
      title={`Tài chính năm ${m.year}`}
      actions={
        <span className="flex gap-3 text-sm">
          <Link href="/finance" className="text-brand-700 hover:underline">
            Thu – chi
          </Link>
          <Link href="/finance/dues" className="text-brand-700 hover:underline">
            Đoàn phí
          </Link>
        </span>
      }
    >
      <div data-testid="money-card" className="space-y-3 text-sm">
        <p className="text-ink-muted">
          Từ 01/01/{m.year} đến {formatDate(m.through)} · tồn đầu năm{" "}
          <span className="tabular-nums" data-figure="opening">
            {formatMoney(f.opening)}
          </span>
        </p>
        <ul className="space-y-2">
          {bars.map((b) => (
            <li key={b.key}>
              <div className="flex items-baseline justify-between gap-3">
                <span className="font-medium text-ink">{b.label}</span>
                <span className="tabular-nums text-ink" data-figure={b.key}>
                  {formatMoney(b.amount)}
                </span>
              </div>
              <svg viewBox="0 0 100 6" preserveAspectRatio="none" className="mt-1 h-2.5 w-full" aria-hidden>
                <rect width="100" height="6" rx="1" className="fill-surface-sunken" />
                <rect width={(b.amount / scale) * 100} height="6" className={b.fill} />
              </svg>
            </li>
          ))}
        </ul>
        <dl className="grid grid-cols-2 gap-x-4 gap-y-1 border-t border-surface-line pt-3">
          <dt className="text-ink-muted">Tồn quỹ hiện tại</dt>
          <dd
            className={`text-right font-semibold tabular-nums ${f.closing < 0 ? "text-brand-700" : "text-ink"}`}
            data-figure="closing"
          >
            {formatMoney(f.closing)}
          </dd>
          <dt className="text-ink-muted">Tiền mặt · tiền gửi</dt>
          <dd className="text-right tabular-nums text-ink" data-figure="accounts">
            {formatMoney(f.cash)} · {formatMoney(f.bank)}
          </dd>
          {m.dues.notCollected && (
            <>
              <dt className="text-ink-muted">Đoàn phí</dt>
              <dd className="text-right text-ink" data-figure="dues-not-collected">
                {notCollectedText(m.dues.notCollected.since)}
              </dd>
            </>
          )}
          {(!m.dues.notCollected || m.dues.collected !== 0) && (
            <>
              <dt className="text-ink-muted">Đoàn phí đã thu trong năm</dt>
              <dd className="text-right tabular-nums text-ink" data-figure="dues-collected">
                {formatMoney(m.dues.collected)}
              </dd>
            </>
          )}
          {!m.dues.notCollected && (
            <>
              <dt className="text-ink-muted">Đoàn phí tháng này</dt>
              <dd className="text-right tabular-nums text-ink" data-figure="dues-month">
                {formatMoney(m.dues.thisMonth)}
              </dd>
            </>
          )}
          {(!m.dues.notCollected || m.dues.remitted !== 0) && (
            <>
              <dt className="text-ink-muted">Đã nộp cấp trên</dt>
              <dd className="text-right tabular-nums text-ink" data-figure="dues-remitted">
                {formatMoney(m.dues.remitted)}
              </dd>
            </>
          )}
        </dl>
      </div>
    </Card>
  );
}
