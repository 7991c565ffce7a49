import { cn } from "@/components/ui/cn";
import {
  abbreviation,
  formatPercent,
  quotaUsage,
  type QuotaSettings,
  type SchemeLevel,
} from "@/lib/rating/quota";
import { basisLabel } from "@/lib/rating/quota-text";

const STATE_TEXT = {
  off: "Không áp dụng tỉ lệ",
  ok: "Trong tỉ lệ",
  full: "Đã đủ tỉ lệ",
  over: "Vượt tỉ lệ",
} as const;
const STATE_TONE = {
  off: "text-ink-muted",
  ok: "text-emerald-700",
  full: "text-amber-700",
  over: "text-brand-700",
} as const;
const BAR = ["bg-emerald-600", "bg-sky-600", "bg-amber-500", "bg-brand-600", "bg-gray-500"];

/**
 * One scope's quota usage (the CĐCS or a tổ): the count and % per level, a stacked bar, and the
 * top level against its allowance. Pure: the decision board recomputes it as the BCH chooses.
 */
export function QuotaMeter({
  title,
  counts,
  levels,
  quota,
  big,
}: {
  title: string;
  counts: Record<string, number>;
  levels: SchemeLevel[];
  quota: QuotaSettings;
  big?: boolean;
}) {
  const u = quotaUsage(counts, levels, quota);
  const top = u.byLevel[0];
  return (
    <section
      aria-label={`Tỉ lệ xếp loại: ${title}`}
      data-meter={title}
      data-state={u.state}
      className={cn(
        "self-start rounded-card border bg-white p-3",
        u.state === "over" ? "border-brand-300" : "border-surface-line",
      )}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className={cn("font-semibold text-ink", big ? "text-base" : "text-sm")}>{title}</h3>
        <span className={cn("text-sm font-medium", STATE_TONE[u.state])} data-testid="quota-state">
          {STATE_TEXT[u.state]}
        </span>
      </div>
      <div className="mt-2 flex h-2.5 overflow-hidden rounded-full bg-surface-sunken" aria-hidden>
        {u.byLevel.map((l, i) =>
          l.count ? (
            <div
              key={l.name}
              className={BAR[i % BAR.length]}
              style={{ width: `${(l.count * 100) / u.rated}%` }}
            />
          ) : null,
        )}
      </div>
      <p className="mt-2 text-xs text-ink-muted">
        Số người theo mức{u.rated ? ` (% trên ${u.rated} người đã có mức)` : ""}:
      </p>
      <ul className="mt-1 grid grid-cols-1 gap-y-1 text-xs">
        {u.byLevel.map((l, i) => (
          <li key={l.name} className="flex items-start gap-1.5" data-level={l.name}>
            <span
              className={cn("mt-1 inline-block size-2 shrink-0 rounded-full", BAR[i % BAR.length])}
              aria-hidden
            />
            <span className="min-w-0 text-ink-muted">{l.name}</span>
            <span className="ml-auto shrink-0 pl-2 font-medium text-ink" data-testid="level-count">
              {l.count}
              {l.percent !== null && ` (${formatPercent(l.percent)} %)`}
            </span>
          </li>
        ))}
      </ul>
      {quota.mode !== "OFF" && top && (
        <p className="mt-2 text-xs text-ink" data-testid="quota-line">
          Tỉ lệ{" "}
          <abbr title={top.name} className="no-underline">
            {abbreviation(top.name)}
          </abbr>{" "}
          trên số xếp loại {basisLabel({ levels, quota })}:{" "}
          <strong className={STATE_TONE[u.state]}>
            {u.top} / {u.basis}
            {u.ratio !== null && ` = ${formatPercent(u.ratio)} %`}
          </strong>{" "}
          · tối đa {formatPercent(quota.percent)} % ({u.allowed} người)
          {u.over > 0 && ` · vượt ${u.over} người`}
        </p>
      )}
    </section>
  );
}
