import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { Stage } from "@/lib/dashboard/year";
import { formatCount } from "@/lib/format";

const MARK = {
  done: { text: "Xong", dot: "bg-emerald-500 text-white", label: "text-ink" },
  current: { text: "Đang làm", dot: "bg-amber-500 text-white", label: "font-semibold text-ink" },
  upcoming: { text: "Chưa đến", dot: "bg-surface-line text-ink", label: "text-ink-muted" },
};

/** The year's stages in order, each with how far it has gone and a link to where it is done. */
export function YearStages({ title, stages }: { title: string; stages: Stage[] }) {
  return (
    <Card title={title}>
      <ol className="grid gap-2 sm:grid-cols-3 lg:grid-cols-6" data-testid="year-stages">
        {stages.map((s, i) => {
          const m = MARK[s.state];
          const pct = s.of ? Math.round((s.done / s.of) * 100) : null;
          return (
            <li key={s.key}>
              <Link
                href={s.href}
                aria-current={s.state === "current" ? "step" : undefined}
                className="flex h-full flex-col gap-1 rounded-lg border border-surface-line p-2.5 hover:bg-surface-sunken"
              >
                <span className="flex items-center gap-2">
                  <span
                    className={`flex h-6 w-6 shrink-0 items-center justify-center rounded-full text-xs font-semibold ${m.dot}`}
                    aria-hidden
                  >
                    {i + 1}
                  </span>
                  <span className={`text-sm ${m.label}`}>{s.label}</span>
                </span>
                <span className="text-xs text-ink-muted">
                  {m.text}
                  {s.of !== null && (
                    <>
                      {" · "}
                      <span className="tabular-nums">
                        {formatCount(s.done)}/{formatCount(s.of)}
                        {pct !== null && ` (${pct}%)`}
                      </span>
                    </>
                  )}
                </span>
                {pct !== null && (
                  <svg viewBox="0 0 100 4" preserveAspectRatio="none" className="h-1 w-full" aria-hidden>
                    <rect width="100" height="4" className="fill-surface-line" />
                    <rect width={Math.min(100, pct)} height="4" className="fill-emerald-500" />
                  </svg>
                )}
              </Link>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
