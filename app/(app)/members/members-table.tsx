import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDate, yearOf } from "@/lib/format";
import { GENDER_LABELS } from "@/lib/members/labels";
import type { findMembers } from "@/lib/members/queries";

type Rows = Awaited<ReturnType<typeof findMembers>>["rows"];
type SortKey = "name" | "dob" | "card" | "joined";

function SortHeader({
  label,
  col,
  sort,
  hrefFor,
}: {
  label: string;
  col: SortKey;
  sort: string;
  hrefFor: (sort: string) => string;
}) {
  const active = sort.replace("-", "") === col;
  const desc = sort.startsWith("-");
  const next = active && !desc ? `-${col}` : col;
  return (
    <th
      scope="col"
      className="px-3 py-2 text-left font-medium"
      aria-sort={active ? (desc ? "descending" : "ascending") : "none"}
    >
      <Link href={hrefFor(next)} className="inline-flex items-center gap-1 hover:text-ink">
        {label}
        <span aria-hidden className={active ? "text-brand-600" : "text-ink-faint"}>
          {active ? (desc ? "↓" : "↑") : "↕"}
        </span>
      </Link>
    </th>
  );
}

export function MembersTable({
  rows,
  sort,
  sortHref,
}: {
  rows: Rows;
  sort: string;
  sortHref: (sort: string) => string;
}) {
  return (
    <>
      {/* Desktop: a table */}
      <div className="hidden overflow-x-auto rounded-card border border-surface-line bg-white md:block">
        <table className="w-full text-sm">
          <thead className="border-b border-surface-line bg-surface-sunken text-ink-muted">
            <tr>
              <SortHeader label="Họ và tên" col="name" sort={sort} hrefFor={sortHref} />
              <th scope="col" className="px-3 py-2 text-left font-medium">
                Giới tính
              </th>
              <SortHeader label="Năm sinh" col="dob" sort={sort} hrefFor={sortHref} />
              <SortHeader label="Số thẻ" col="card" sort={sort} hrefFor={sortHref} />
              <th scope="col" className="px-3 py-2 text-left font-medium">
                Tổ công đoàn
              </th>
              <SortHeader label="Ngày vào CĐ" col="joined" sort={sort} hrefFor={sortHref} />
              <th scope="col" className="px-3 py-2 text-left font-medium">
                Trạng thái
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => (
              <tr
                key={m.id}
                className="border-b border-surface-line last:border-0 hover:bg-surface-sunken/60"
              >
                <td className="px-3 py-2">
                  <Link
                    href={`/members/${m.id}`}
                    className="font-medium text-ink hover:text-brand-700 hover:underline"
                  >
                    {m.fullName}
                  </Link>
                  {m.jobTitle && <div className="text-xs text-ink-muted">{m.jobTitle}</div>}
                </td>
                <td className="px-3 py-2">{GENDER_LABELS[m.gender]}</td>
                <td className="px-3 py-2 tabular-nums">{yearOf(m.dateOfBirth)}</td>
                <td className="px-3 py-2 tabular-nums">{m.cardNumber}</td>
                <td className="px-3 py-2">{m.group.name}</td>
                <td className="px-3 py-2 tabular-nums">{formatDate(m.joinedUnionOn)}</td>
                <td className="px-3 py-2">
                  <StatusBadge status={m.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* Phone: cards */}
      <ul className="flex flex-col gap-2 md:hidden">
        {rows.map((m) => (
          <li key={m.id}>
            <Link
              href={`/members/${m.id}`}
              className="block rounded-card border border-surface-line bg-white p-3 active:bg-surface-sunken"
            >
              <div className="flex items-start justify-between gap-2">
                <span className="font-medium text-ink">{m.fullName}</span>
                <StatusBadge status={m.status} />
              </div>
              <div className="mt-1 text-sm text-ink-muted">
                {m.group.name} · {GENDER_LABELS[m.gender]} · {yearOf(m.dateOfBirth)}
              </div>
              {m.cardNumber && <div className="text-xs text-ink-faint">Số thẻ {m.cardNumber}</div>}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
