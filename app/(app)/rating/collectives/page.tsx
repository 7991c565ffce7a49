import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { RatingNav } from "@/components/rating/rating-nav";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterSearch, UrlFilterForm } from "@/components/url-filters";
import { YearLinks } from "@/components/year-links";
import { can, requirePage } from "@/lib/auth/current-user";
import { findGroupRatings } from "@/lib/rating/collectives/queries";
import { ratingYearLinks, resolveRatingYear } from "@/lib/rating/page-year";
import { cycleYearLabel } from "@/lib/settings/cycle";
import { yearMetadata } from "@/lib/settings/year-metadata";
import { GroupRatingTable } from "./group-rating-table";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return yearMetadata("Xếp loại tổ công đoàn và CĐCS", searchParams);
}

/** Every tổ (a tổ trưởng: their own) with its self-score and the BCH's level; links to the CĐCS rating. */
export default async function CollectivesPage({ searchParams }: Props) {
  const actor = await requirePage("rating.read.all", "rating.review.group");
  const sp = await searchParams;
  const { year, r, years, cycle } = await resolveRatingYear(actor, sp.year);
  const bch = can(actor, "rating.read.all");
  const header = (
    <PageHeader
      title={`Xếp loại tổ công đoàn và CĐCS ${cycleYearLabel(year, cycle)}`}
      subtitle="Tổ tự chấm theo mẫu tiêu chí tổ, BCH quyết định mức; CĐCS tự chấm theo Hướng dẫn 1294, cấp trên thẩm định."
      actions={<YearLinks {...ratingYearLinks("/rating/collectives", { year, years, cycle })} />}
    />
  );
  const nav = <RatingNav permissions={[...actor.permissions]} year={year} active="collectives" />;
  if (!r) {
    return (
      <>
        {header}
        {nav}
        <EmptyState title={`Chưa mở đánh giá, xếp loại ${cycleYearLabel(year, cycle)}`}>
          Mở đánh giá ở trang Quyết định xếp loại; khi đó mẫu tiêu chí tổ và CĐCS được tạo và các tổ chấm điểm
          ở đây.
        </EmptyState>
      </>
    );
  }
  const q = (sp.q ?? "").slice(0, 100);
  const page = Math.max(1, Number(sp.page) || 1);
  const list = await findGroupRatings(actor, r, { q, page });
  const href = (p: number) =>
    `/rating/collectives?${new URLSearchParams({ year: String(year), ...(q ? { q } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`;
  return (
    <>
      {header}
      {nav}
      {bch && (
        <div className="mb-4 flex flex-wrap gap-2">
          <Link href={`/rating/collectives/unit?year=${year}`} className={buttonClass("primary")}>
            CĐCS tự đánh giá, xếp loại
          </Link>
          <Link
            href={`/rating/collectives/template?year=${year}&scope=GROUP`}
            className={buttonClass("secondary")}
          >
            Mẫu tiêu chí tổ
          </Link>
          <Link
            href={`/rating/collectives/template?year=${year}&scope=UNIT`}
            className={buttonClass("secondary")}
          >
            Mẫu tiêu chí CĐCS
          </Link>
        </div>
      )}
      {bch && (
        <UrlFilterForm>
          <input type="hidden" name="year" value={year} />
          <FilterSearch label="Tìm tổ" value={q} placeholder="Tên tổ công đoàn…" />
        </UrlFilterForm>
      )}
      {list.total === 0 ? (
        <EmptyState title={q ? "Không có tổ nào khớp tìm kiếm." : "Chưa có tổ công đoàn nào."}>
          {q ? "Thử tên khác, hoặc xóa ô tìm." : "Thêm tổ ở trang Tổ công đoàn."}
        </EmptyState>
      ) : (
        <GroupRatingTable
          rows={list.rows}
          year={year}
          ratingYearId={r.id}
          levels={r.levels.map((l) => l.name)}
          canDecide={r.status === "OPEN" && can(actor, "rating.decide")}
        />
      )}
      <Pagination page={list.page} pageCount={list.pageCount} total={list.total} hrefFor={href} noun="tổ" />
    </>
  );
}
