import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { can, requirePage } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { getDashboard } from "@/lib/dashboard/queries";
import { formatDate } from "@/lib/format";
import { GroupBars } from "./group-bars";
import { EmulationMissingCard, loadEmulationMissing } from "./missing-card";
import { RecentEvents } from "./recent-events";
import { StatCards } from "./stat-cards";
import { StatusList } from "./status-list";

export const metadata = { title: "Tổng quan" };

export default async function DashboardPage() {
  const actor = await requirePage("dashboard.read");
  // Both sets of queries at once: the emulation card's does not wait for the member counts.
  const [d, missing] = await Promise.all([
    getDashboard(actor),
    can(actor, "emulation.read.all") ? loadEmulationMissing(actor) : null,
  ]);
  const actions = (
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
  );

  return (
    <>
      <PageHeader
        title="Tổng quan"
        subtitle={`Số liệu đến ngày ${formatDate(clock.today())}`}
        actions={actions}
      />
      {d.total === 0 && !Object.keys(d.statuses).length ? (
        <EmptyState title="Chưa có đoàn viên nào">
          {can(actor, "members.write") ? (
            <>
              Vào{" "}
              <Link href="/members" className="font-medium text-brand-700 hover:underline">
                Đoàn viên
              </Link>{" "}
              để thêm người đầu tiên; số liệu sẽ hiện ở đây.
            </>
          ) : (
            <>Khi Ban Chấp hành nhập đoàn viên, số liệu sẽ hiện ở đây.</>
          )}
        </EmptyState>
      ) : (
        <div className="space-y-4">
          <StatCards d={d} />
          <div className="grid gap-4 lg:grid-cols-3">
            <div className="space-y-4 lg:col-span-2">
              <GroupBars groups={d.groups} groupCount={d.groupCount} total={d.total} />
              <RecentEvents events={d.recent} year={d.year} joined={d.joinedThisYear} left={d.leftThisYear} />
            </div>
            <div className="space-y-4">
              <StatusList statuses={d.statuses} />
              {missing && <EmulationMissingCard data={missing} />}
            </div>
          </div>
        </div>
      )}
    </>
  );
}
