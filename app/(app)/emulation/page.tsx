import type { Metadata } from "next";
import Link from "next/link";

import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { buttonClass } from "@/components/ui/button";

import { EmptyState } from "@/components/ui/empty-state";
import { can, getActor, requirePage } from "@/lib/auth/current-user";
import { emulationHeading } from "@/lib/emulation/headings";
import { getRegistrationOverview, totalsOf } from "@/lib/emulation/queries/overview";
import { resolveYear } from "@/lib/emulation/queries/years";
import { formatDate } from "@/lib/format";
import { pageYear } from "@/lib/http/params";
import { currentCycleYear, cycleOfYear } from "@/lib/settings/unit-cycle";
import { NoYearYet, YearActions } from "./overview-header";
import { OverviewTable } from "./overview-table";

type Props = { searchParams: Promise<{ year?: string; missing?: string; page?: string }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const actor = await getActor();
  if (!actor) return { title: "Thi đua" };
  const sp = await searchParams;
  const { year, cycle } = await resolveYear(actor.unitId, sp.year ? pageYear(sp.year) : null);
  return { title: year ? emulationHeading(year.year, cycle) : "Thi đua" };
}

/** Tổ per page: the totals count the whole unit, the table shows 50 tổ at a time (a unit may have 1,000). */
const OVERVIEW_PAGE_SIZE = 50;

export default async function EmulationPage({ searchParams }: Props) {
  const actor = await requirePage("emulation.read.all", "emulation.read.group");
  const sp = await searchParams;
  const { years, year } = await resolveYear(actor.unitId, sp.year ? pageYear(sp.year) : null);
  const manage = can(actor, "emulation.manage");
  if (!year) {
    const shown = pageYear(sp.year, await currentCycleYear(actor.unitId));
    const cycle = await cycleOfYear(actor.unitId, shown);
    return <NoYearYet year={shown} manage={manage} hasLast={years.length > 0} cycle={cycle} />;
  }
  const all = await getRegistrationOverview(actor, year.id);
  const rows = sp.missing ? all.filter((r) => r.missing > 0 || r.counts.RETURNED > 0) : all;
  const t = totalsOf(all);
  const pageCount = Math.max(1, Math.ceil(rows.length / OVERVIEW_PAGE_SIZE));
  const page = Math.min(pageCount, Math.max(1, Math.floor(Number(sp.page)) || 1));
  const pageRows = rows.slice((page - 1) * OVERVIEW_PAGE_SIZE, page * OVERVIEW_PAGE_SIZE);
  const hrefFor = (n: number) =>
    `/emulation?year=${year.year}${sp.missing ? "&missing=1" : ""}${n > 1 ? `&page=${n}` : ""}`;
  const stats: [string, number, string][] = [
    ["Đoàn viên", t.members, ""],
    ["Chưa đăng ký", t.missing, "text-brand-700"],
    ["Chờ duyệt", t.pending, "text-amber-700"],
    ["Đã duyệt", t.approved, "text-emerald-700"],
    ["Bị từ chối", t.returned, "text-brand-700"],
    ["Đã nộp tự đánh giá", t.assessed, ""],
  ];
  return (
    <>
      <PageHeader
        title={emulationHeading(year.year, year.cycle)}
        subtitle={`Hạn đăng ký ${formatDate(year.registrationDeadline)} · tự đánh giá ${formatDate(year.assessmentOpensOn)} – ${formatDate(year.assessmentClosesOn)}${year.status === "CLOSED" ? " · đã khóa" : ""}`}
        actions={
          <YearActions
            years={years.map((y) => y.year)}
            year={year.year}
            cycle={year.cycle}
            approve={can(actor, "emulation.approve")}
            exportable={can(actor, "emulation.export")}
            manage={manage}
          />
        }
      />
      <dl className="mb-4 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {stats.map(([label, value, tone]) => (
          <div key={label} className="rounded-card border border-surface-line bg-white p-3">
            <dt className="text-xs text-ink-muted">{label}</dt>
            <dd className={`text-2xl font-semibold ${tone}`}>{value.toLocaleString("vi-VN")}</dd>
          </div>
        ))}
      </dl>
      <div className="mb-3 flex flex-wrap gap-2 text-sm">
        <Link
          href={`/emulation?year=${year.year}`}
          className={buttonClass(sp.missing ? "ghost" : "secondary")}
          aria-current={!sp.missing ? "page" : undefined}
        >
          Tất cả tổ
        </Link>
        <Link
          href={`/emulation?year=${year.year}&missing=1`}
          className={buttonClass(sp.missing ? "secondary" : "ghost")}
          aria-current={sp.missing ? "page" : undefined}
        >
          Tổ còn thiếu
        </Link>
      </div>
      {rows.length === 0 ? (
        <EmptyState title={all.length ? "Mọi tổ đã đăng ký đủ" : "Bạn chưa phụ trách tổ nào"}>
          {all.length
            ? "Không còn tổ nào thiếu bản đăng ký."
            : "Danh sách theo tổ hiện khi bạn là tổ trưởng của một tổ."}
        </EmptyState>
      ) : (
        <>
          <OverviewTable rows={pageRows} year={year.year} />
          {rows.length > OVERVIEW_PAGE_SIZE && (
            <Pagination page={page} pageCount={pageCount} total={rows.length} hrefFor={hrefFor} noun="tổ" />
          )}
        </>
      )}
    </>
  );
}
