import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { cycleYearShort, type Cycle } from "@/lib/settings/cycle";

/**
 * The year switcher of the rating pages: links to the same page for the previous year, each
 * opened year and the next one, keeping other query parameters given in `extra` ("&groupId=…"),
 * labelled by the unit's cycle ("2026" or "2025–2026").
 */
export function YearSelect({
  year,
  years = [],
  basePath,
  extra = "",
  cycle,
}: {
  cycle: Cycle;
  year: number;
  years?: readonly number[];
  basePath: string;
  extra?: string;
}) {
  const all = [...new Set([...years, year - 1, year, year + 1])]
    .filter((y) => y >= 2000 && y <= 2100)
    .sort((a, b) => b - a);
  return (
    <nav
      aria-label={cycle.kind === "school" ? "Chọn năm học" : "Chọn năm"}
      className="flex flex-wrap items-center gap-1"
    >
      <span className="mr-1 text-sm text-ink-muted">{cycle.kind === "school" ? "Năm học" : "Năm"}</span>
      {all.map((y) => (
        <Link
          key={y}
          href={`${basePath}?year=${y}${extra}`}
          aria-current={y === year ? "page" : undefined}
          className={cn(
            "inline-flex min-h-10 items-center rounded-lg border px-3 text-sm",
            y === year
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
