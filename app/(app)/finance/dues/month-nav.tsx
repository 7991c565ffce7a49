import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { monthLabel } from "@/lib/finance/dues/labels";
import { shiftMonth } from "@/lib/finance/dues/params";

/** ‹ 02/2026 · 03/2026 · 04/2026 ›, each a URL. */
export function MonthNav({ month, hrefFor }: { month: string; hrefFor: (month: string) => string }) {
  return (
    <nav aria-label="Chọn tháng" className="flex items-center gap-2">
      <Link className={buttonClass("secondary")} href={hrefFor(shiftMonth(month, -1))} title="Tháng trước">
        ‹ {monthLabel(shiftMonth(month, -1))}
      </Link>
      <span className="px-2 font-semibold tabular-nums" aria-current="page">
        Tháng {monthLabel(month)}
      </span>
      <Link className={buttonClass("secondary")} href={hrefFor(shiftMonth(month, 1))} title="Tháng sau">
        {monthLabel(shiftMonth(month, 1))} ›
      </Link>
    </nav>
  );
}
