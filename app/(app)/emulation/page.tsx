import type { Metadata } from "next";
import Link from "next/link";
import { OverviewTable } from "@/components/emulation/overview-table";
import { YearPicker } from "@/components/emulation/year-picker";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { can, requirePage } from "@/lib/auth/current-user";
import { getRegistrationOverview, totalsOf } from "@/lib/emulation/queries/overview";
import { resolveYear } from "@/lib/emulation/queries/years";
import { formatDate } from "@/lib/format";
import { pageYear } from "@/lib/http/params";
import { OpenYearForm } from "./open-year-form";

export const metadata: Metadata = { title: "Thi đua" };

type Props = { searchParams: Promise<{ year?: string; missing?: string; page?: string }> };

/** Tổ per page: the totals count the whole unit, the table shows 50 tổ at a time (a unit may have 1,000). */
const OVERVIEW_PAGE_SIZE = 50;

export default async function EmulationPage({ searchParams }: Props) {
  const actor = await requirePage("emulation.read.all", "emulation.read.group");
  const sp = await searchParams;
  const { years, year } = await resolveYear(actor.unitId, sp.year ? pageYear(sp.year) : null);
  const manage = can(actor, "emulation.manage");
  if (!year) {
    return (
      <>
        <PageHeader
          title="Thi đua"
          actions={
            manage && (
              <Link href="/emulation/catalogue" className={buttonClass("secondary")}>
                Danh mục thi đua
              </Link>
            )
          }
        />
        <div className="flex max-w-2xl flex-col gap-4">
          <EmptyState title={`Chưa mở năm thi đua ${pageYear(sp.year)}`}>
            {manage
              ? "Mở năm thi đua bên dưới: đặt hạn đăng ký, thời gian tự đánh giá và mẫu tiêu chí."
              : "Ban Chấp hành sẽ mở năm thi đua; khi đó số liệu đăng ký theo tổ hiện ở đây."}
          </EmptyState>
          {manage && (
            <Card title="Mở năm thi đua">
              <OpenYearForm defaultYear={pageYear(sp.year)} hasLast={years.length > 0} />
            </Card>
          )}
        </div>
      </>
    );
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
        title={`Thi đua năm ${year.year}`}
        subtitle={`Hạn đăng ký ${formatDate(year.registrationDeadline)} · tự đánh giá ${formatDate(year.assessmentOpensOn)} – ${formatDate(year.assessmentClosesOn)}${year.status === "CLOSED" ? " · đã khóa" : ""}`}
        actions={
          <>
            <YearPicker years={years.map((y) => y.year)} current={year.year} basePath="/emulation" />
            {can(actor, "emulation.approve") && (
              <Link href={`/emulation/registrations?year=${year.year}`} className={buttonClass("primary")}>
                Duyệt đăng ký
              </Link>
            )}
            {can(actor, "emulation.export") && (
              <Link
                href={`/print/emulation/registrations?year=${year.year}`}
                className={buttonClass("secondary")}
              >
                In bản đăng ký
              </Link>
            )}
            {manage && (
              <Link href={`/emulation/years/${year.year}`} className={buttonClass("secondary")}>
                Cài đặt năm
              </Link>
            )}
            {manage && (
              <Link href="/emulation/catalogue" className={buttonClass("secondary")}>
                Danh mục
              </Link>
            )}
          </>
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
