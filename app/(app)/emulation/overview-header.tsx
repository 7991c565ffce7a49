import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { YearLinks } from "@/components/year-links";
import { cycleYearLabel, cycleYearLinks, type Cycle } from "@/lib/settings/cycle";
import { OpenYearForm } from "./open-year-form";

/** The links of the year's overview: approve, print, the year's settings, the catalogue. */
export function YearActions({
  years,
  year,
  approve,
  exportable,
  manage,
  cycle,
}: {
  cycle: Cycle;
  years: number[];
  year: number;
  approve: boolean;
  exportable: boolean;
  manage: boolean;
}) {
  return (
    <>
      {years.length > 1 && (
        <YearLinks
          {...cycleYearLinks(cycle)}
          years={years}
          year={year}
          href={(y) => `/emulation?year=${y}`}
        />
      )}
      {approve && (
        <Link href={`/emulation/registrations?year=${year}`} className={buttonClass("primary")}>
          Duyệt đăng ký
        </Link>
      )}
      {exportable && (
        <Link href={`/print/emulation/registrations?year=${year}`} className={buttonClass("secondary")}>
          In bản đăng ký
        </Link>
      )}
      {manage && (
        <Link href={`/emulation/years/${year}`} className={buttonClass("secondary")}>
          Cài đặt năm
        </Link>
      )}
      {manage && (
        <Link href="/emulation/catalogue" className={buttonClass("secondary")}>
          Danh mục
        </Link>
      )}
    </>
  );
}

/** No campaign for the year asked: the BCH opens it here, others are told to wait. */
export function NoYearYet({
  year,
  manage,
  hasLast,
  cycle,
}: {
  year: number;
  manage: boolean;
  hasLast: boolean;
  cycle: Cycle;
}) {
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
        <EmptyState title={`Chưa mở thi đua ${cycleYearLabel(year, cycle)}`}>
          {manage
            ? "Mở năm thi đua bên dưới: đặt hạn đăng ký, thời gian tự đánh giá và mẫu tiêu chí."
            : "Ban Chấp hành sẽ mở năm thi đua; khi đó số liệu đăng ký theo tổ hiện ở đây."}
        </EmptyState>
        {manage && (
          <Card title="Mở năm thi đua">
            <OpenYearForm defaultYear={year} hasLast={hasLast} cycle={cycle} />
          </Card>
        )}
      </div>
    </>
  );
}
