import Link from "next/link";
import { AttendanceChart } from "@/components/dashboard/attendance-chart";
import { DueTiles } from "@/components/dashboard/due-tiles";
import { MissingByGroup } from "@/components/dashboard/missing-by-group";
import { NextMeetings } from "@/components/dashboard/next-meetings";
import { RatingSpread } from "@/components/dashboard/rating-spread";
import { YearStages } from "@/components/dashboard/year-stages";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/ui/button";
import type { Actor } from "@/lib/auth/current-user";
import { getBoard, getGroupHeader } from "@/lib/dashboard/board";
import type { DashboardScope } from "@/lib/dashboard/scope";
import { dueTiles } from "@/lib/dashboard/tiles";
import { formatCount, formatDate } from "@/lib/format";
import { memberListHref } from "@/lib/members/member-list-href";
import { cycleYearHeading } from "@/lib/settings/cycle";

/** The tổ trưởng's dashboard: the same due and overdue work, for the tổ they lead only. */
export async function GroupDashboard({
  actor,
  scope,
}: {
  actor: Actor;
  scope: DashboardScope & { kind: "group" };
}) {
  const [g, b] = await Promise.all([getGroupHeader(scope), getBoard(scope)]);
  const p = b.progress;
  const others = actor.ledGroupIds.filter((id) => id !== g.id);
  return (
    <>
      <PageHeader
        title={`Tổng quan ${g.name}`}
        subtitle={`Số liệu đến ngày ${formatDate(b.today)} · tuần này: ${formatDate(b.week.first)} – ${formatDate(b.week.last)}`}
        actions={
          <Link href={memberListHref({ group: g.id })} className={buttonClass("primary")}>
            Đoàn viên của tổ ({formatCount(g.active + g.suspended)})
          </Link>
        }
      />
      {others.length > 0 && (
        <p className="mb-3 text-sm">
          Bạn còn phụ trách tổ khác:{" "}
          {others.map((id, i) => (
            <Link key={id} href={`/dashboard?group=${id}`} className="text-brand-700 underline">
              tổ thứ {i + 2}
            </Link>
          ))}
        </p>
      )}
      <div className="space-y-4">
        <DueTiles title="Việc cần làm của tổ" tiles={dueTiles(b)} />
        {p && (
          <YearStages
            title={`Tiến độ ${cycleYearHeading(p.year.year, p.year.cycle).toLowerCase()} của tổ`}
            stages={p.stages}
          />
        )}
        <div className="grid gap-4 lg:grid-cols-3">
          <div className="space-y-4 lg:col-span-2">
            <AttendanceChart
              title={`Dự họp năm ${b.calendarYear}: các cuộc họp của tổ`}
              months={b.attendance}
              year={b.calendarYear}
              href={`/meetings/stats?year=${b.calendarYear}`}
            />
            {p && (
              <MissingByGroup
                rows={p.byGroup}
                year={p.year.year}
                title={`${cycleYearHeading(p.year.year, p.year.cycle)}: còn thiếu`}
              />
            )}
          </div>
          <div className="space-y-4">
            <NextMeetings meetings={b.upcoming} listHref={`/meetings?status=PLANNED&group=${g.id}`} />
            {p?.levels && (
              <RatingSpread
                data={p.levels}
                title="Xếp loại của tổ"
                href={`/rating/groups/${g.id}?year=${p.year.year}`}
              />
            )}
          </div>
        </div>
      </div>
    </>
  );
}
