import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { RatingNav } from "@/components/rating/rating-nav";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterSearch, UrlFilterForm } from "@/components/url-filters";
import { YearLinks } from "@/components/year-links";
import { can, requirePage } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/format";
import { listGroupReviews } from "@/lib/rating/groups/queries";
import { reviewListParams } from "@/lib/rating/groups/schema";
import { readsAllGroups } from "@/lib/rating/groups/scope";
import { GROUP_REVIEW_STATE_LABELS } from "@/lib/rating/labels";
import { ratingYearLinks, withCycleYear } from "@/lib/rating/page-year";
import { findRatingYear, listRatingYears } from "@/lib/rating/year";
import { cycleYearHeading, cycleYearLabel } from "@/lib/settings/cycle";
import { cycleOfYear } from "@/lib/settings/unit-cycle";
import { yearMetadata } from "@/lib/settings/year-metadata";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return yearMetadata("Tổ bình xét, xếp loại", searchParams);
}

export default async function GroupReviewsPage({ searchParams }: Props) {
  const actor = await requirePage("rating.read.all", "rating.review.group");
  const p = await withCycleYear(actor.unitId, reviewListParams.parse(await searchParams));
  const [r, years, cycle] = await Promise.all([
    findRatingYear(actor.unitId, p.year),
    listRatingYears(actor.unitId),
    cycleOfYear(actor.unitId, p.year),
  ]);
  const label = cycleYearLabel(p.year, cycle);
  const all = readsAllGroups(actor);
  const list = r ? await listGroupReviews(actor, r, p) : null;
  const query = (page: number) =>
    `/rating/groups?year=${p.year}${p.pending ? "&pending=1" : ""}${p.q ? `&q=${encodeURIComponent(p.q)}` : ""}${page > 1 ? `&page=${page}` : ""}`;
  return (
    <>
      <PageHeader
        title={`Tổ bình xét, xếp loại ${label}`}
        subtitle={all ? "Tiến độ bình xét của các tổ công đoàn" : "Bình xét đoàn viên của tổ bạn phụ trách"}
      />
      <RatingNav permissions={[...actor.permissions]} year={p.year} active="groups" />
      <div className="mb-4">
        <YearLinks
          {...ratingYearLinks("/rating/groups", { year: p.year, years: years.map((y) => y.year), cycle })}
        />
      </div>
      {!r || !list ? (
        <EmptyState title={`${cycleYearHeading(p.year, cycle)} chưa mở đánh giá, xếp loại.`}>
          {can(actor, "rating.manage") ? (
            <Link className="underline" href={`/rating?year=${p.year}`}>
              Mở đánh giá, xếp loại {label}
            </Link>
          ) : (
            "Khi BCH mở đánh giá, xếp loại của năm, tổ trưởng bình xét đoàn viên tại đây."
          )}
        </EmptyState>
      ) : (
        <>
          {all && (
            <UrlFilterForm>
              <input type="hidden" name="year" value={p.year} />
              {p.pending && <input type="hidden" name="pending" value="1" />}
              <FilterSearch label="Tìm tổ theo tên" value={p.q} placeholder="Tìm tổ theo tên…" />
            </UrlFilterForm>
          )}
          {p.pending && (
            <p className="mb-3 text-sm text-ink-muted" data-testid="pending-filter">
              Chỉ các tổ chưa gửi đề xuất bình xét.{" "}
              <Link className="text-brand-700 underline" href={`/rating/groups?year=${p.year}`}>
                Xem tất cả các tổ
              </Link>
            </p>
          )}
          {list.rows.length === 0 ? (
            <EmptyState title={p.q ? "Không có tổ nào khớp tên đã tìm." : "Chưa có tổ nào để bình xét."}>
              {p.q
                ? "Thử tìm với tên khác, hoặc xóa ô tìm kiếm."
                : all
                  ? "Hãy tạo tổ công đoàn và xếp đoàn viên vào tổ."
                  : "Bạn chưa phụ trách tổ nào trong năm này."}
            </EmptyState>
          ) : (
            <ul className="flex flex-col gap-2" aria-label="Các tổ công đoàn">
              {list.rows.map((g) => {
                const rated = g.counts.members - g.counts.excluded;
                return (
                  <li key={g.id}>
                    <Link
                      href={`/rating/groups/${g.id}?year=${p.year}`}
                      className="flex flex-col gap-2 rounded-card border border-surface-line bg-white p-4 hover:bg-surface-sunken sm:flex-row sm:items-center sm:justify-between"
                      data-testid="group-review-row"
                    >
                      <span className="min-w-0">
                        <span className="block font-medium text-ink">{g.name}</span>
                        <span className="block text-sm text-ink-muted">
                          {g.review?.meeting
                            ? `Họp bình xét ${formatDate(g.review.meeting.startsAt)}`
                            : "Chưa mở bình xét"}
                          {g.review?.submittedAt ? ` · gửi ${formatDate(g.review.submittedAt)}` : ""}
                        </span>
                      </span>
                      <span className="flex flex-wrap items-center gap-2 text-sm">
                        <span>
                          <b>{g.counts.proposed}</b>/{rated} đã đề xuất
                        </span>
                        <span className="text-ink-muted">
                          · {g.counts.members} đoàn viên · {g.counts.excluded} không xếp loại
                        </span>
                        {g.review ? (
                          <Badge tone={g.review.state === "SUBMITTED" ? "green" : "amber"}>
                            {GROUP_REVIEW_STATE_LABELS[g.review.state]}
                          </Badge>
                        ) : (
                          <Badge>Chưa mở</Badge>
                        )}
                      </span>
                    </Link>
                  </li>
                );
              })}
            </ul>
          )}
          <Pagination
            page={list.page}
            pageCount={list.pageCount}
            total={list.total}
            hrefFor={query}
            noun="tổ"
          />
        </>
      )}
    </>
  );
}
