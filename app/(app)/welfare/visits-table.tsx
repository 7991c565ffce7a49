import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { formatDate, formatMoney } from "@/lib/format";
import { FUND_LABELS, VISIT_STATE_LABELS, VISIT_STATE_TONES } from "@/lib/welfare/labels";
import type { VisitRow } from "@/lib/welfare/queries";

const who = (r: VisitRow) =>
  r.relativeName ? `${r.relativeName} (${r.relationship}) của ${r.member.fullName}` : r.member.fullName;

/** A table on a desktop, a list of cards on a phone. */
export function VisitsTable({ rows }: { rows: VisitRow[] }) {
  return (
    <>
      <ul className="flex flex-col gap-2 md:hidden" data-testid="visit-cards">
        {rows.map((r) => (
          <li key={r.id} className="rounded-card border border-surface-line bg-white p-3">
            <Link
              href={`/welfare/${r.id}`}
              className="font-medium text-brand-700 underline-offset-2 hover:underline"
            >
              {who(r)}
            </Link>
            <p className="text-sm text-ink-muted">
              {r.category.name} · {formatDate(r.eventOn)} · {r.member.group.name}
            </p>
            <div className="mt-1 flex items-center justify-between gap-2">
              <span className="font-medium tabular-nums">{formatMoney(r.amount)}</span>
              <Badge tone={VISIT_STATE_TONES[r.state]}>{VISIT_STATE_LABELS[r.state]}</Badge>
            </div>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded-card border border-surface-line bg-white md:block">
        <table className="w-full text-sm" data-testid="visit-table">
          <thead className="bg-surface-sunken text-left text-xs uppercase tracking-wide text-ink-muted">
            <tr>
              <th className="px-3 py-2">Ngày sự việc</th>
              <th className="px-3 py-2">Đoàn viên</th>
              <th className="px-3 py-2">Tổ</th>
              <th className="px-3 py-2">Loại</th>
              <th className="px-3 py-2 text-right">Số tiền</th>
              <th className="px-3 py-2">Nguồn</th>
              <th className="px-3 py-2">Trạng thái</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-t border-surface-line">
                <td className="px-3 py-2 whitespace-nowrap">{formatDate(r.eventOn)}</td>
                <td className="px-3 py-2">
                  <Link href={`/welfare/${r.id}`} className="font-medium text-brand-700 hover:underline">
                    {who(r)}
                  </Link>
                  {r.overrideReason && (
                    <span className="ml-2">
                      <Badge tone="amber">Vượt mức</Badge>
                    </span>
                  )}
                </td>
                <td className="px-3 py-2">{r.member.group.name}</td>
                <td className="px-3 py-2">{r.category.name}</td>
                <td className="px-3 py-2 text-right tabular-nums whitespace-nowrap">
                  {formatMoney(r.amount)}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{FUND_LABELS[r.fund]}</td>
                <td className="px-3 py-2">
                  <Badge tone={VISIT_STATE_TONES[r.state]}>{VISIT_STATE_LABELS[r.state]}</Badge>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
