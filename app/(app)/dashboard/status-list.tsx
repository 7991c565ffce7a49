import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { Dashboard } from "@/lib/dashboard/queries";
import { formatCount } from "@/lib/format";
import { STATUS_LABELS, type MemberStatusCode } from "@/lib/members/labels";
import { memberListHref } from "@/lib/members/member-list-href";

const DOT: Record<MemberStatusCode, string> = {
  ACTIVE: "bg-emerald-500",
  SUSPENDED: "bg-amber-500",
  TRANSFERRED_OUT: "bg-sky-500",
  LEFT: "bg-gray-400",
  RETIRED: "bg-violet-400",
  EXPELLED: "bg-brand-600",
};

export function StatusList({ statuses }: { statuses: Dashboard["statuses"] }) {
  const codes = Object.keys(STATUS_LABELS) as MemberStatusCode[];
  const all = codes.reduce((sum, c) => sum + (statuses[c] ?? 0), 0);
  return (
    <Card title="Theo trạng thái" className="lg:self-start">
      <ul className="divide-y divide-surface-line">
        {codes.map((c) => (
          <li key={c}>
            <Link
              href={memberListHref({ status: c })}
              className="group flex items-center justify-between gap-3 py-2.5 text-sm"
            >
              <span className="flex min-w-0 items-center gap-2.5">
                <span className={`h-2.5 w-2.5 shrink-0 rounded-full ${DOT[c]}`} aria-hidden />
                <span className="truncate text-ink group-hover:text-brand-700">{STATUS_LABELS[c]}</span>
              </span>
              <span className={`tabular-nums font-semibold ${statuses[c] ? "text-ink" : "text-ink-faint"}`}>
                {formatCount(statuses[c] ?? 0)}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <Link
        href={memberListHref({ status: "all" })}
        className="mt-2 flex items-center justify-between border-t border-surface-line pt-3 text-sm font-medium text-ink hover:text-brand-700"
      >
        <span>Tất cả hồ sơ</span>
        <span className="tabular-nums">{formatCount(all)}</span>
      </Link>
    </Card>
  );
}
