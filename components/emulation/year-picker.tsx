import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { cycleYearShort, type Cycle } from "@/lib/settings/cycle";

/** Links to the same page for each opened year (the year is in the URL), labelled by the unit's cycle. */
export function YearPicker({
  years,
  current,
  basePath,
  extra = "",
  cycle,
}: {
  cycle: Cycle;
  years: number[];
  current: number;
  basePath: string;
  extra?: string;
}) {
  if (years.length < 2) return null;
  return (
    <nav aria-label={cycle.kind === "school" ? "Chọn năm học" : "Chọn năm"} className="flex flex-wrap gap-1">
      {years.map((y) => (
        <Link
          key={y}
          href={`${basePath}?year=${y}${extra}`}
          aria-current={y === current ? "page" : undefined}
          className={cn(
            "inline-flex min-h-10 items-center rounded-lg border px-3 text-sm",
            y === current
              ? "border-brand-500 bg-brand-50 font-medium text-brand-800"
              : "border-surface-line bg-white text-ink hover:bg-surface-sunken",
          )}
        >
          {cycleYearShort(y, cycle)}
        </Link>
      ))}
    </nav>
  );
}
