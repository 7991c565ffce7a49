import Link from "next/link";
import { AttendanceChart } from "@/components/dashboard/attendance-chart";
import { BudgetChart } from "@/components/dashboard/budget-chart";
import { DueTiles } from "@/components/dashboard/due-tiles";
import { MissingByGroup } from "@/components/dashboard/missing-by-group";
import { MoneyCard } from "@/components/dashboard/money-card";
import { NextMeetings } from "@/components/dashboard/next-meetings";
import { RatingSpread } from "@/components/dashboard/rating-spread";
import { YearStages } from "@/components/dashboard/year-stages";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/ui/button";
import { type Actor, can } from "@/lib/auth/current-user";
import { getBoard } from "@/lib/dashboard/board";
import { moneySummary } from "@/lib/dashboard/money";
import { getDashboard } from "@/lib/dashboard/queries";
import type { DashboardScope } from "@/lib/dashboard/scope";
import { dueTiles } from "@/lib/dashboard/tiles";
import { formatDate } from "@/lib/format";
import { cycleYearHeading } from "@/lib/settings/cycle";
import { StatCards } from "./stat-cards";
import { StatusList } from "./status-list";

export async function UnitDashboard({ actor, scope }: { actor: Actor; scope: DashboardScope }) {
  const [d, b, money] = await Promise.all([
    getDashboard(actor),
    getBoard(scope),
    can(actor, "finance.read.all") ? moneySummary(scope.unitId) : null,
  ]);
  const p = b.progress;
  return (
    <>
      <PageHeader
        title="Tổng quan"
        subtitle={`Số liệu đến ngày ${formatDate(b.today)} · tuần này: ${formatDate(b.week.first)} – ${formatDate(b.week.last)}`}
        actions={
          <>
            {can(actor, "members.export") && (
              <Link href="/print/members" className={buttonClass("secondary")}>
                In danh sách
              </Link>
            )}
            <Link href="/members" className={buttonClass("primary")}>
              Danh sách đoàn viên
            </Link>
          </>
        }
      />
      <div className="space-y-4">
        <DueTiles title="Việc cần làm" tiles={dueTiles(b)} />
        {p && (
          <YearStages
            title={`Tiến độ ${cycleYearHeading(p.year.year, p.year.cycle).toLowerCase()}`}
            stages={p.stages}
          />
        )}
        <StatCards d={d} />
        <div className="grid gap-4 lg:grid-cols-3">
          <div className="space-y-4 lg:col-span-2">
            <AttendanceChart
              title={`Dự họp năm ${b.calendarYear}: các cuộc họp của đơn vị`}
              months={b.attendance}
              year={b.calendarYear}
              href={`/meetings/stats?year=${b.calendarYear}`}
            />
            {b.budget && (
              <BudgetChart
                lines={b.budget}
                year={b.calendarYear}
                href={`/welfare/summary?year=${b.calendarYear}`}
              />
            )}
            {p && (
              <MissingByGroup
                rows={p.byGroup}
                year={p.year.year}
                title={`${cycleYearHeading(p.year.year, p.year.cycle)}: còn thiếu theo tổ`}
              />
            )}
          </div>
          <div className="space-y-4">
            <NextMeetings meetings={b.upcoming} listHref="/meetings?status=PLANNED" />
            {money && <MoneyCard m={money} />}
            {p?.levels && (
              <RatingSpread
                data={p.levels}
                title={`Xếp loại ${cycleYearHeading(p.year.year, p.year.cycle).toLowerCase()}`}
                href={`/rating?year=${p.year.year}`}
              />
            )}
            <StatusList statuses={d.statuses} />
          </div>
        </div>
      </div>
    </>
  );
}
