import { formatMoney } from "@/lib/format";

type Rate = {
  reference: string;
  defaultAmount: number;
  maxPerTime: number | null;
  maxTimesPerYear: number | null;
  maxAmountPerYear: number | null;
} | null;

/** The rate in force for the visit as typed, and any limit it goes beyond. */
export function LimitWarning({ issues, rate }: { issues: string[]; rate: Rate }) {
  return (
    <div className="flex flex-col gap-2" aria-live="polite">
      {rate && (
        <p className="text-xs text-ink-muted" data-testid="rate-hint">
          Theo {rate.reference}: mức thường {formatMoney(rate.defaultAmount)}
          {rate.maxPerTime !== null && `, tối đa ${formatMoney(rate.maxPerTime)}/lần`}
          {rate.maxTimesPerYear !== null && `, tối đa ${rate.maxTimesPerYear} lần/năm`}
          {rate.maxAmountPerYear !== null && `, tối đa ${formatMoney(rate.maxAmountPerYear)}/năm`}.
        </p>
      )}
      {issues.length > 0 && (
        <div
          className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
          data-testid="limit-warning"
        >
          <p className="font-medium">Vượt quy chế chi tiêu nội bộ</p>
          <ul className="mt-1 list-disc pl-5">
            {issues.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
