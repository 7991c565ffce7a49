import Link from "next/link";
import type { Dashboard } from "@/lib/dashboard/queries";
import { formatCount } from "@/lib/format";
import { memberListHref } from "@/lib/members/member-list-href";

type Stat = { label: string; value: number; note: string; href: string; accent: string };

const pct = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 100)}%` : "0%");

export function StatCards({ d }: { d: Dashboard }) {
  const stats: Stat[] = [
    {
      label: "Tổng số đoàn viên",
      value: d.total,
      note: `Đang sinh hoạt ${formatCount(d.statuses.ACTIVE ?? 0)} · tạm dừng ${formatCount(d.statuses.SUSPENDED ?? 0)}`,
      href: memberListHref({ status: "current" }),
      accent: "bg-brand-600",
    },
    {
      label: "Nữ",
      value: d.female,
      note: `${pct(d.female, d.total)} tổng số · nam ${formatCount(d.male)}`,
      href: memberListHref({ gender: "FEMALE" }),
      accent: "bg-rose-400",
    },
    {
      label: "Đảng viên",
      value: d.partyMembers,
      note: `${pct(d.partyMembers, d.total)} tổng số đoàn viên`,
      href: memberListHref({ party: "1" }),
      accent: "bg-amber-500",
    },
    {
      label: `Kết nạp mới năm ${d.year}`,
      value: d.joinedThisYear,
      note: `Ra khỏi tổ chức trong năm: ${formatCount(d.leftThisYear)}`,
      href: memberListHref({ sort: "-joined" }),
      accent: "bg-emerald-500",
    },
  ];
  return (
    <div className="grid grid-cols-2 gap-3 lg:grid-cols-4 lg:gap-4">
      {stats.map((s) => (
        <Link
          key={s.label}
          href={s.href}
          className="group relative overflow-hidden rounded-card border border-surface-line bg-white p-3 pl-4 transition-colors hover:border-brand-200 hover:bg-brand-50/40"
        >
          <span className={`absolute inset-y-0 left-0 w-1 ${s.accent}`} aria-hidden />
          <p className="text-xs font-medium uppercase tracking-wide text-ink-muted sm:text-sm sm:normal-case sm:tracking-normal">
            {s.label}
          </p>
          <p className="mt-1 text-2xl font-semibold tabular-nums text-ink group-hover:text-brand-700">
            {formatCount(s.value)}
          </p>
          <p className="mt-1 text-xs text-ink-muted sm:text-sm">{s.note}</p>
        </Link>
      ))}
    </div>
  );
}
