import Link from "next/link";
import { cn } from "@/components/ui/cn";

/**
 * A row of year pills (the current one marked), for screens that read one year of a record: each
 * pill links to `href(year)` and reads `label(year)` ("2025", or "2025–2026" for a năm học, see
 * cycleYearLinks in lib/settings/cycle.ts). `caption` is a word before the pills ("Năm học").
 */
export function YearLinks({
  years,
  year,
  href,
  label = String,
  ariaLabel = "Chọn năm",
  caption,
  className,
}: {
  years: readonly number[];
  year: number;
  href: (year: number) => string;
  label?: (year: number) => string;
  ariaLabel?: string;
  caption?: string;
  className?: string;
}) {
  return (
    <nav aria-label={ariaLabel} className={cn("flex flex-wrap items-center gap-1", className)}>
      {caption && <span className="mr-1 text-sm text-ink-muted">{caption}</span>}
      {years.map((y) => (
        <Link
          key={y}
          href={href(y)}
          aria-current={y === year ? "page" : undefined}
          className={cn(
            "inline-flex min-h-10 items-center rounded-lg border px-3 text-sm",
            y === year
              ? "border-brand-500 bg-brand-50 font-medium text-brand-800"
              : "border-surface-line bg-white text-ink hover:bg-surface-sunken",
          )}
        >
          {label(y)}
        </Link>
      ))}
    </nav>
  );
}
