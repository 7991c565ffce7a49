import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";

export type PagerStep = { href: string | null; label: string; rel: string };

/**
 * The one pager of the lists: what the list holds on the left, the steps on the right. Each step
 * is a link to its page's URL (back/forward and sharing work), or a dimmed label where there is no
 * such page. Numbered pages (components/meetings/list-pager.tsx) and keyset pages (đoàn phí) both
 * draw it.
 */
export function PagerNav({ summary, steps }: { summary: ReactNode; steps: PagerStep[] }) {
  return (
    <nav
      aria-label="Phân trang"
      className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-ink-muted"
    >
      <span>{summary}</span>
      <div className="flex flex-wrap gap-2">
        {steps.map((s) =>
          s.href ? (
            <Link key={s.rel} className={buttonClass("secondary")} href={s.href} rel={s.rel}>
              {s.label}
            </Link>
          ) : (
            <span key={s.rel} className={buttonClass("secondary", "opacity-50")} aria-disabled="true">
              {s.label}
            </span>
          ),
        )}
      </div>
    </nav>
  );
}
