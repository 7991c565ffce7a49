import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { can, requirePage } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/format";
import { pageYear } from "@/lib/http/params";
import { attendanceRate, formatRate } from "@/lib/meetings/service";
import { getAttendanceStats, getMeetingRegister } from "@/lib/meetings/stats-queries";

export const metadata: Metadata = { title: "Thống kê dự họp" };

type Rate = {
  id: string;
  name: string;
  invited: number;
  present: number;
  excused: number;
  absent: number;
  rate: number | null;
};

function RateTable({
  rows,
  first,
  testId,
}: {
  rows: (Rate & { groupName?: string })[];
  first: string;
  testId: string;
}) {
  return (
    <div
      className="overflow-x-auto"
      tabIndex={0}
      role="region"
      aria-label={`Tỉ lệ dự họp theo ${first.toLowerCase()}`}
    >
      <table className="w-full text-sm" data-testid={testId}>
        <thead className="text-left text-xs uppercase text-ink-muted">
          <tr>
            <th className="py-1 pr-2">{first}</th>
            <th className="px-2 text-right">Được mời</th>
            <th className="px-2 text-right">Có mặt</th>
            <th className="px-2 text-right">Vắng có lý do</th>
            <th className="px-2 text-right">Vắng không lý do</th>
            <th className="pl-2 text-right">Tỷ lệ</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-surface-line">
              <td className="py-1 pr-2">
                {r.name}
                {r.groupName && <span className="text-xs text-ink-muted"> · {r.groupName}</span>}
              </td>
              <td className="px-2 text-right tabular-nums">{r.invited}</td>
              <td className="px-2 text-right tabular-nums">{r.present}</td>
              <td className="px-2 text-right tabular-nums">{r.excused}</td>
              <td className="px-2 text-right tabular-nums">{r.absent}</td>
              <td className="pl-2 text-right tabular-nums">{formatRate(r.rate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function MeetingStatsPage({
  searchParams,
}: {
  searchParams: Promise<{ year?: string }>;
}) {
  const actor = await requirePage("meetings.read.all", "meetings.read.group");
  const year = pageYear((await searchParams).year);
  const [register, stats] = await Promise.all([
    getMeetingRegister(actor, year),
    getAttendanceStats(actor, year),
  ]);
  // Counts come from the stats query, scoped to the members the actor may see (a tổ trưởng: their tổ).
  const zero = { invited: 0, present: 0, excused: 0, absent: 0 };
  const held = register.rows
    .filter((r) => r.status !== "PLANNED")
    .map((r) => {
      const c = stats.meetings.get(r.id) ?? zero;
      return { ...r, ...c, rate: attendanceRate(c.present, c.invited) };
    });
  const invited = held.reduce((n, r) => n + r.invited, 0);
  const present = held.reduce((n, r) => n + r.present, 0);
  return (
    <>
      <PageHeader
        title={`Thống kê dự họp năm ${year}`}
        subtitle={`${held.length} cuộc họp đã diễn ra · có mặt ${present}/${invited} lượt (${formatRate(attendanceRate(present, invited))})`}
        actions={
          <>
            <Link href={`/meetings/stats?year=${year - 1}`} className={buttonClass("secondary")}>
              ← Năm {year - 1}
            </Link>
            <Link href={`/meetings/stats?year=${year + 1}`} className={buttonClass("secondary")}>
              Năm {year + 1} →
            </Link>
            {can(actor, "meetings.export") && (
              <a href={`/api/meetings/register?year=${year}`} className={buttonClass("primary")}>
                Sổ cuộc họp (Excel)
              </a>
            )}
          </>
        }
      />
      <div className="flex flex-col gap-4">
        <Card title="Theo tổ">
          <RateTable rows={stats.groups} first="Tổ" testId="rate-groups" />
        </Card>
        <Card title="Theo cuộc họp">
          <RateTable
            rows={held.map((r) => ({
              id: r.id,
              name: `${formatDate(new Date(r.startsAt.getTime() + 7 * 3600_000))} · ${r.title}`,
              invited: r.invited,
              present: r.present,
              excused: r.excused,
              absent: r.absent,
              rate: r.rate,
            }))}
            first="Cuộc họp"
            testId="rate-meetings"
          />
        </Card>
        <Card title="Theo đoàn viên">
          <RateTable rows={stats.members} first="Đoàn viên" testId="rate-members" />
        </Card>
      </div>
    </>
  );
}
