import Link from "next/link";
import { Card } from "@/components/ui/card";
import { formatCount } from "@/lib/format";

type Spread = { spread: { level: string; count: number }[]; rated: number; undecided: number };

/** The spread of final levels: a bar per level, its count and share written beside it. */
export function RatingSpread({ data, title, href }: { data: Spread; title: string; href: string }) {
  const max = Math.max(1, ...data.spread.map((s) => s.count));
  return (
    <Card
      title={title}
      actions={
        <Link href={href} className="text-sm text-brand-700 hover:underline">
          Xếp loại
        </Link>
      }
    >
      <ul className="space-y-2" data-testid="rating-spread">
        {data.spread.map((s) => (
          <li key={s.level}>
            <div className="flex items-baseline justify-between gap-3 text-sm">
              <span className="text-ink">{s.level}</span>
              <span className="tabular-nums text-ink-muted">
                <span className="font-semibold text-ink">{formatCount(s.count)}</span>
                {data.rated > 0 && ` (${Math.round((s.count / data.rated) * 100)}%)`}
              </span>
            </div>
            <svg viewBox="0 0 100 4" preserveAspectRatio="none" className="mt-1 h-2 w-full" aria-hidden>
              <rect width="100" height="4" className="fill-surface-sunken" />
              <rect width={(s.count / max) * 100} height="4" className="fill-violet-500" />
            </svg>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm text-ink-muted">
        {formatCount(data.undecided)} trong {formatCount(data.rated)} đoàn viên chưa có quyết định của BCH.
      </p>
    </Card>
  );
}
