import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatMoney } from "@/lib/format";

type Line = { id: string; name: string; budget: number; done: number; approved: number };

/**
 * Welfare against its dự toán, one bar per category: paid (dark), approved and not yet paid (light),
 * the dự toán as the track. A category past its dự toán is drawn and written in red. The figures
 * are written beside each bar: the bar is decoration (aria-hidden).
 */
export function BudgetChart({ lines, year, href }: { lines: Line[]; year: number; href: string }) {
  return (
    <Card
      title={`Thăm hỏi so với dự toán năm ${year}`}
      actions={
        <Link href={href} className="text-sm text-brand-700 hover:underline">
          Tổng hợp
        </Link>
      }
    >
      {lines.length === 0 ? (
        <p className="text-sm text-ink-muted">Chưa có dự toán hay khoản chi nào trong năm.</p>
      ) : (
        <ul className="space-y-3" data-testid="budget-chart">
          {lines.map((l) => {
            const used = l.done + l.approved;
            const scale = Math.max(l.budget, used, 1);
            const over = l.budget > 0 && used > l.budget;
            const noBudget = l.budget === 0;
            return (
              <li key={l.id}>
                <div className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm">
                  <span className="font-medium text-ink">{l.name}</span>
                  <span
                    className={`tabular-nums ${over ? "font-semibold text-brand-700" : "text-ink-muted"}`}
                  >
                    Đã chi {formatMoney(l.done)}
                    {l.approved > 0 && ` · đã duyệt ${formatMoney(l.approved)}`}
                    {noBudget ? " · chưa có dự toán" : ` / dự toán ${formatMoney(l.budget)}`}
                    {over && ` (vượt ${formatMoney(used - l.budget)})`}
                  </span>
                </div>
                <svg viewBox="0 0 100 6" preserveAspectRatio="none" className="mt-1 h-2.5 w-full" aria-hidden>
                  <rect width="100" height="6" rx="1" className="fill-surface-sunken" />
                  <rect
                    width={(l.done / scale) * 100}
                    height="6"
                    className={over ? "fill-brand-600" : "fill-emerald-600"}
                  />
                  <rect
                    x={(l.done / scale) * 100}
                    width={(l.approved / scale) * 100}
                    height="6"
                    className={over ? "fill-brand-300" : "fill-emerald-300"}
                  />
                  {l.budget > 0 && over && (
                    <rect x={(l.budget / scale) * 100 - 0.4} width="0.8" height="6" className="fill-ink" />
                  )}
                </svg>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
