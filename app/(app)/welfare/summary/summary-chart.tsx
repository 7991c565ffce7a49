import { formatMoney } from "@/lib/format";

/** Horizontal bars in plain HTML/CSS: amount per category, with the budget as a faint track. */
export function SummaryChart({
  rows,
}: {
  rows: { id: string; name: string; count: number; total: number; budget: number }[];
}) {
  const max = Math.max(1, ...rows.map((r) => Math.max(r.total, r.budget)));
  const pct = (n: number) => `${Math.round((n / max) * 1000) / 10}%`;
  return (
    <figure aria-label="Biểu đồ số tiền theo loại thăm hỏi" data-testid="summary-chart">
      <ul className="flex flex-col gap-3">
        {rows.map((r) => (
          <li
            key={r.id}
            className="grid grid-cols-1 gap-1 sm:grid-cols-[14rem_1fr_8rem] sm:items-center sm:gap-3"
          >
            <span className="text-sm text-ink">
              {r.name} <span className="text-ink-muted">({r.count} lượt)</span>
            </span>
            <div
              className="relative h-5 rounded bg-surface-sunken"
              title={`Dự toán ${formatMoney(r.budget)}`}
            >
              {r.budget > 0 && (
                <div
                  className="absolute inset-y-0 left-0 rounded border border-dashed border-ink-faint"
                  style={{ width: pct(r.budget) }}
                />
              )}
              <div
                className={`absolute inset-y-0.5 left-0 rounded ${r.budget > 0 && r.total > r.budget ? "bg-amber-500" : "bg-brand-600"}`}
                style={{ width: pct(r.total) }}
              />
            </div>
            <span className="text-sm font-medium tabular-nums sm:text-right">{formatMoney(r.total)}</span>
          </li>
        ))}
      </ul>
      <figcaption className="mt-3 flex flex-wrap gap-4 text-xs text-ink-muted">
        <span className="inline-flex items-center gap-1">
          <span className="inline-block h-3 w-4 rounded bg-brand-600" /> Đã thăm / đã chi
        </span>
        <span className="inline-flex items-center gap-1">
          <span className="inline-block h-3 w-4 rounded border border-dashed border-ink-faint" /> Dự toán
        </span>
      </figcaption>
    </figure>
  );
}
