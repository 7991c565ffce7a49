import { PagerNav } from "@/components/ui/pager";

/** Server-side paging by page number, for the meeting and opinion lists. */
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
  return (
    <PagerNav
      summary={`Trang ${page}/${pageCount} · ${total.toLocaleString("vi-VN")} ${noun}`}
      steps={[
        { href: page > 1 ? hrefFor(page - 1) : null, label: "← Trang trước", rel: "prev" },
        { href: page < pageCount ? hrefFor(page + 1) : null, label: "Trang sau →", rel: "next" },
      ]}
    />
  );
}
