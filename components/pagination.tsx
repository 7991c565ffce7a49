import Link from "next/link";
import { buttonClass } from "./ui/button";

/** Server-side paging: each page is a URL, so back/forward and sharing work. */
/** `noun` names what is counted ("đoàn viên" unless told). */
export function Pagination({
  page,
  pageCount,
  total,
  hrefFor,
  noun = "đoàn viên",
}: {
  page: number;
  pageCount: number;
  total: number;
  hrefFor: (page: number) => string;
  noun?: string;
}) {
  if (total === 0) return null;
  return (
    <nav
      aria-label="Phân trang"
      className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-ink-muted"
    >
      <span>
        Trang {page}/{pageCount} · {total.toLocaleString("vi-VN")} {noun}
      </span>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link className={buttonClass("secondary")} href={hrefFor(page - 1)} rel="prev">
            ← Trang trước
          </Link>
        ) : (
          <span className={buttonClass("secondary", "opacity-50")} aria-disabled="true">
            ← Trang trước
          </span>
        )}
        {page < pageCount ? (
          <Link className={buttonClass("secondary")} href={hrefFor(page + 1)} rel="next">
            Trang sau →
          </Link>
        ) : (
          <span className={buttonClass("secondary", "opacity-50")} aria-disabled="true">
            Trang sau →
          </span>
        )}
      </div>
    </nav>
  );
}
