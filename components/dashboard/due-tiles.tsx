import Link from "next/link";
import type { DueTile } from "@/lib/dashboard/tiles";
import { formatCount } from "@/lib/format";

const TONE = {
  alert: "bg-brand-600",
  due: "bg-amber-500",
  info: "bg-sky-500",
};

/** What is due and overdue: every tile is a link to the list it counts, filtered in its URL. */
export function DueTiles({ tiles, title }: { tiles: DueTile[]; title: string }) {
  return (
    <section aria-labelledby="due-heading">
      <h2 id="due-heading" className="mb-2 text-base font-semibold text-ink">
        {title}
      </h2>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5 lg:gap-3">
        {tiles.map((t) => (
          <li key={t.key}>
            <Link
              href={t.href}
              data-testid={`due-${t.key}`}
              className="group relative flex h-full flex-col overflow-hidden rounded-card border border-surface-line bg-white p-3 pl-4 transition-colors hover:border-brand-200 hover:bg-brand-50/40"
            >
              <span
                className={`absolute inset-y-0 left-0 w-1 ${t.value > 0 ? TONE[t.tone] : "bg-surface-line"}`}
                aria-hidden
              />
              <span className="text-2xl font-semibold tabular-nums text-ink group-hover:text-brand-700">
                {formatCount(t.value)}
              </span>
              <span className="text-sm font-medium text-ink">{t.label}</span>
              {t.note && <span className="mt-0.5 text-xs text-ink-muted">{t.note}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
