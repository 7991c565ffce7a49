import Link from "next/link";
import { cn } from "@/components/ui/cn";

export type RatingTab = "decision" | "groups" | "titles" | "collectives" | "reports" | "settings";

// Each tab shows for the permissions its page accepts for reading.
const TABS: { key: RatingTab; label: string; href: string; anyOf: string[] }[] = [
  { key: "decision", label: "Quyết định xếp loại", href: "/rating", anyOf: ["rating.read.all"] },
  {
    key: "groups",
    label: "Tổ bình xét",
    href: "/rating/groups",
    anyOf: ["rating.read.all", "rating.review.group"],
  },
  { key: "titles", label: "Danh hiệu thi đua", href: "/rating/titles", anyOf: ["rating.read.all"] },
  {
    key: "collectives",
    label: "Tổ & CĐCS tự xếp loại",
    href: "/rating/collectives",
    anyOf: ["rating.read.all", "rating.review.group"],
  },
  { key: "reports", label: "Báo cáo", href: "/print/rating", anyOf: ["rating.export"] },
  { key: "settings", label: "Cài đặt", href: "/rating/settings", anyOf: ["rating.read.all"] },
];

/**
 * The tab bar of the rating pages. Shows only the tabs the actor may open (a courtesy: each page
 * checks its own permission) and keeps the chosen year in every link.
 */
export function RatingNav({
  permissions,
  year,
  active,
}: {
  permissions: readonly string[];
  year: number;
  active?: RatingTab;
}) {
  const tabs = TABS.filter((t) => t.anyOf.some((p) => permissions.includes(p)));
  if (tabs.length < 2 && tabs[0]?.key === active) return null;
  return (
    <nav aria-label="Đánh giá, xếp loại" className="-mx-1 mb-4 overflow-x-auto">
      <ul className="flex min-w-max gap-1 px-1 pb-1">
        {tabs.map((t) => (
          <li key={t.key}>
            <Link
              href={`${t.href}?year=${year}`}
              aria-current={t.key === active ? "page" : undefined}
              className={cn(
                "inline-flex min-h-10 items-center whitespace-nowrap rounded-lg px-3 text-sm",
                t.key === active
                  ? "bg-brand-600 font-medium text-white"
                  : "bg-white text-ink ring-1 ring-surface-line hover:bg-surface-sunken",
              )}
            >
              {t.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
