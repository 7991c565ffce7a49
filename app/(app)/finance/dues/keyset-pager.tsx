import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

/**
 * Previous / next for a keyset-paged list: each page is a URL (?after=… or ?before=… a member), so
 * back/forward and sharing work, and a page of 60,000 members costs the same as the first.
 */
export function KeysetPager({
  total,
  prevHref,
  nextHref,
  firstHref,
  noun = "đoàn viên",
}: {
  total: number;
  prevHref: string | null;
  nextHref: string | null;
  firstHref: string | null;
  noun?: string;
}) {
  if (total === 0) return null;
  const step = (href: string | null, label: string, rel: string) =>
    href ? (
      <Link className={buttonClass("secondary")} href={href} rel={rel}>
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
        {total.toLocaleString("vi-VN")} {noun}
      </span>
      <div className="flex flex-wrap gap-2">
        {firstHref && step(firstHref, "« Đầu danh sách", "first")}
        {step(prevHref, "← Trang trước", "prev")}
        {step(nextHref, "Trang sau →", "next")}
      </div>
    </nav>
  );
}
