import Link from "next/link";
import { cn } from "@/components/ui/cn";

/** A row of year links (the current one marked), for screens that read one year of a record. */
export function YearLinks({
  years,
  year,
  href,
  className,
}: {
  years: number[];
  year: number;
  href: (year: number) => string;
  className?: string;
}) {
  return (
    <nav aria-label="Chọn năm" className={cn("flex flex-wrap gap-1", className)}>
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
          {y}
        </Link>
      ))}
    </nav>
  );
}
