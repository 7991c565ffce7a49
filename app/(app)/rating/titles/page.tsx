import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { RatingNav } from "@/components/rating/rating-nav";
import { PaperSubmission } from "@/components/submissions/paper-submission";
import { EmptyState } from "@/components/ui/empty-state";
import { YearLinks } from "@/components/year-links";
import { can, requirePage } from "@/lib/auth/current-user";
import { RATING_YEAR_STATUS_LABELS } from "@/lib/rating/labels";
import { ratingYearLinks, resolveRatingYear } from "@/lib/rating/page-year";
import { findTitleCandidates, getTitleOptions } from "@/lib/rating/titles/queries";
import { parseTitleListParams } from "@/lib/rating/titles/schema";
import { cycleYearLabel } from "@/lib/settings/cycle";
import { yearMetadata } from "@/lib/settings/year-metadata";
import { AchieveAllButton } from "./achieve-all-button";
import { TitleFilters } from "./title-filters";
import { TitleList } from "./title-list";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return yearMetadata("Bình xét danh hiệu thi đua", searchParams);
}

export default async function TitleAwardsPage({ searchParams }: Props) {
  const actor = await requirePage("rating.read.all");
  const sp = await searchParams;
  const { year, r, years, cycle } = await resolveRatingYear(actor, sp.year);
  const header = (
    <PageHeader
      title={`Bình xét danh hiệu thi đua ${cycleYearLabel(year, cycle)}`}
      subtitle={
        r
          ? `${RATING_YEAR_STATUS_LABELS[r.status]} · chỉ đoàn viên, tập thể có bản đăng ký đã duyệt mới được bình xét`
          : "Chưa mở"
      }
      actions={<YearLinks {...ratingYearLinks("/rating/titles", { year, years, cycle })} />}
    />
  );
  const nav = <RatingNav permissions={[...actor.permissions]} year={year} active="titles" />;
  if (!r) {
    return (
      <>
        {header}
        {nav}
        <EmptyState title={`Chưa mở đánh giá, xếp loại ${cycleYearLabel(year, cycle)}`}>
          Mở đánh giá ở trang{" "}
          <Link className="text-brand-700 underline" href={`/rating?year=${year}`}>
            Quyết định xếp loại
          </Link>
          ; sau đó các danh hiệu đã đăng ký và được duyệt hiện ở đây để bình xét.
        </EmptyState>
      </>
    );
  }
  const p = parseTitleListParams(sp);
  const [list, options] = await Promise.all([
    findTitleCandidates(actor, r, p),
    getTitleOptions(actor.unitId),
  ]);
  const editable = r.status === "OPEN" && can(actor, "rating.decide");
  const query = (page: number) => {
    const q = new URLSearchParams({ year: String(year) });
    for (const [k, v] of Object.entries({ title: p.titleId, group: p.groupId, result: p.result, q: p.q }))
      if (v) q.set(k, v);
    if (page > 1) q.set("page", String(page));
    return `/rating/titles?${q.toString()}`;
  };
  return (
    <>
      {header}
      {nav}
      <PaperSubmission actor={actor} kind="AWARDS_FILE" year={year} />
      <TitleFilters year={year} p={p} titles={options.titles} groups={options.groups} />
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2 text-sm text-ink-muted">
        <span>
          {list.total.toLocaleString("vi-VN")} danh hiệu trong bộ lọc ·{" "}
          <b className="text-ink">{list.open.toLocaleString("vi-VN")}</b> chưa bình xét
          {list.open > list.eligible
            ? ` (${(list.open - list.eligible).toLocaleString("vi-VN")} chưa đủ điều kiện)`
            : ""}
        </span>
        {editable && list.open > 0 && (
          <AchieveAllButton
            ratingYearId={r.id}
            filter={{ titleId: p.titleId, groupId: p.groupId, q: p.q }}
            open={list.open}
            eligible={list.eligible}
          />
        )}
      </div>
      {list.total === 0 ? (
        <EmptyState title="Không có danh hiệu nào để bình xét trong bộ lọc này.">
          Chỉ những bản đăng ký thi đua đã được BCH duyệt mới có ở đây. Bỏ bớt bộ lọc, hoặc duyệt đăng ký ở
          trang{" "}
          <Link className="text-brand-700 underline" href="/emulation/registrations">
            Đăng ký thi đua
          </Link>
          .
        </EmptyState>
      ) : (
        <TitleList
          rows={list.rows}
          ratingYearId={r.id}
          editable={editable}
          commendations={options.commendations}
          cdcsMayCommend={r.cdcsMayCommend}
        />
      )}
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        total={list.total}
        hrefFor={query}
        noun="danh hiệu"
      />
    </>
  );
}
