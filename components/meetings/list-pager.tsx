import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/** Server-side paging for the meeting and opinion lists. */
export function ListPager({
  page,
  pageCount,
  total,
  noun,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  total: number;
  noun: string;
  hrefFor: (page: number) => string;
}) {
  if (total === 0) return null;
  const step = (to: number, label: string, rel: string, enabled: boolean) =>
    enabled ? (
      <Link className={buttonClass("secondary")} href={hrefFor(to)} rel={rel}>
        {label}
      </Link>
    ) : (
      <span className={buttonClass("secondary", "opacity-50")} aria-disabled="true">
        {label}
      </span>
    );
  return (
    <nav
      aria-label="Phân trang"
      className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-ink-muted"
    >
      <span>
        Trang {page}/{pageCount} · {total.toLocaleString("vi-VN")} {noun}
      </span>
      <div className="flex gap-2">
        {step(page - 1, "← Trang trước", "prev", page > 1)}
        {step(page + 1, "Trang sau →", "next", page < pageCount)}
      </div>
    </nav>
  );
}
