import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePage } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { thisWeek } from "@/lib/dashboard/week";
import { formatDate } from "@/lib/format";
import { findOverdueDecisions } from "@/lib/meetings/stats-queries";

export const metadata: Metadata = { title: "Quyết định quá hạn" };

const daysLate = (due: Date, today: Date) => Math.round((today.getTime() - due.getTime()) / 86_400_000);

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function OverdueDecisionsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePage("meetings.read.all", "meetings.read.group");
  const sp = await searchParams;
  // The dashboard's tiles open this list with ?due=week (due this week) and ?group=<tổ>.
  const due = one(sp.due) === "week" ? "week" : "overdue";
  const group = one(sp.group)?.slice(0, 64) || undefined;
  const rows = await findOverdueDecisions(actor, { due, group });
  const today = clock.today();
  const week = due === "week";
  const scopeNote = group ? " · các cuộc họp của một tổ" : "";
  return (
    <>
      <PageHeader
        title={week ? "Quyết định đến hạn trong tuần" : "Quyết định quá hạn"}
        subtitle={
          week
            ? `Quyết định chưa hoàn thành có hạn từ ${formatDate(today)} đến ${formatDate(thisWeek().last)}${scopeNote} · ${rows.length} việc`
            : `Quyết định chưa hoàn thành đã quá hạn, tính đến ngày ${formatDate(today)}${scopeNote} · ${rows.length} việc`
        }
      />
      {rows.length === 0 ? (
        <EmptyState
          title={week ? "Không có quyết định nào đến hạn trong tuần." : "Không có quyết định nào quá hạn."}
        >
          Mọi việc đã giao đều còn hạn hoặc đã xong.
        </EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-card border border-surface-line bg-white">
          <table className="w-full text-sm" data-testid="overdue-decisions">
            <thead className="bg-surface-sunken text-left text-xs uppercase tracking-wide text-ink-muted">
              <tr>
                <th className="px-3 py-2">Việc</th>
                <th className="px-3 py-2">Người thực hiện</th>
                <th className="px-3 py-2">Hạn</th>
                <th className="px-3 py-2">Cuộc họp</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <tr key={d.id} className="border-t border-surface-line align-top">
                  <td className="px-3 py-2">{d.content}</td>
                  <td className="px-3 py-2">{d.assignee?.fullName ?? "—"}</td>
                  <td className="whitespace-nowrap px-3 py-2">
                    {formatDate(d.dueOn)}{" "}
                    {!week && <span className="text-brand-700">(trễ {daysLate(d.dueOn!, today)} ngày)</span>}
                  </td>
                  <td className="px-3 py-2">
                    <Link href={`/meetings/${d.meeting.id}`} className="text-brand-700 underline">
                      {d.meeting.title}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
