import { PagerNav, type PagerStep } from "@/components/ui/pager";

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
  const steps: PagerStep[] = [
    ...(firstHref ? [{ href: firstHref, label: "« Đầu danh sách", rel: "first" }] : []),
    { href: prevHref, label: "← Trang trước", rel: "prev" },
    { href: nextHref, label: "Trang sau →", rel: "next" },
  ];
  return <PagerNav summary={`${total.toLocaleString("vi-VN")} ${noun}`} steps={steps} />;
}
