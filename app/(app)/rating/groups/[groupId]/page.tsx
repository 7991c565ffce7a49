import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { RatingNav } from "@/components/rating/rating-nav";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterSearch, UrlFilterForm } from "@/components/url-filters";
import { requirePage } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/format";
import { groupTitle } from "@/lib/groups/title";
import { getGroupReview, getReviewMembers } from "@/lib/rating/groups/review-queries";
import { reviewListParams } from "@/lib/rating/groups/schema";
import { withCycleYear } from "@/lib/rating/page-year";
import { findRatingYear } from "@/lib/rating/year";
import { cycleYearLabel } from "@/lib/settings/cycle";
import { MemberCard } from "./member-card";
import { OpenReviewForm } from "./open-review-form";
import { ReviewSummary } from "./review-summary";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ groupId: string }>;
}): Promise<Metadata> {
  const t = await groupTitle((await params).groupId);
  return { title: t ? `Bình xét: ${t}` : "Bình xét của tổ" };
}

type Props = {
  params: Promise<{ groupId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
};

export default async function GroupReviewPage({ params, searchParams }: Props) {
  const actor = await requirePage("rating.read.all", "rating.review.group");
  const [{ groupId }, sp] = await Promise.all([params, searchParams]);
  const p = await withCycleYear(actor.unitId, reviewListParams.parse(sp));
  const r = await findRatingYear(actor.unitId, p.year);
  if (!r) notFound();
  const view = await getGroupReview(actor, r, groupId);
  if (!view) notFound();
  const members = view.review ? await getReviewMembers(r, groupId, p) : null;
  const meetings = view.meetings.map((m) => ({
    id: m.id,
    present: m.present,
    label: `${m.title} · ${formatDate(m.startsAt)}${m.present !== null ? ` · ${m.present} có mặt` : ""}`,
  }));
  const base = `/rating/groups/${groupId}?year=${r.year}`;
  const levels = r.levels.map((l) => ({ name: l.name, minPoints: l.minPoints }));
  return (
    <>
      <PageHeader
        title={`Bình xét ${view.group.name} · ${cycleYearLabel(r.year, r.cycle)}`}
        subtitle={`${view.counts.members} đoàn viên · ${view.counts.excluded} không xếp loại${r.status === "FINALISED" ? " · năm đã chốt" : ""}`}
        actions={
          <>
            <Link
              href={`/rating/collectives/groups/${groupId}?year=${r.year}`}
              className={buttonClass("secondary")}
            >
              Tổ tự xếp loại
            </Link>
            <Link href={`/rating/groups?year=${r.year}`} className={buttonClass("secondary")}>
              ← Các tổ
            </Link>
          </>
        }
      />
      <RatingNav permissions={[...actor.permissions]} year={r.year} active="groups" />
      {!view.review ? (
        view.editable ? (
          <Card title="Mở bình xét của tổ">
            {meetings.length ? (
              <OpenReviewForm
                ratingYearId={r.id}
                groupId={groupId}
                meetings={meetings}
                members={view.counts.members}
              />
            ) : (
              <p className="text-sm text-ink">
                Tổ chưa có cuộc họp “Họp tổ bình xét, xếp loại” nào trong {cycleYearLabel(r.year, r.cycle)}.{" "}
                <Link className="font-medium text-brand-700 underline" href="/meetings/new">
                  Lên lịch cuộc họp bình xét
                </Link>
                , rồi quay lại đây để mở bình xét.
              </p>
            )}
          </Card>
        ) : (
          <EmptyState title="Tổ chưa mở bình xét năm này.">
            Tổ trưởng mở bình xét sau cuộc họp tổ bình xét, xếp loại.
          </EmptyState>
        )
      ) : (
        <div className="flex flex-col gap-4">
          <ReviewSummary view={view} meetings={meetings} />
          <UrlFilterForm>
            <input type="hidden" name="year" value={r.year} />
            <FilterSearch label="Tìm đoàn viên theo tên" value={p.q} placeholder="Tìm đoàn viên theo tên…" />
          </UrlFilterForm>
          {members && members.rows.length > 0 ? (
            <div className="flex flex-col gap-2">
              {members.rows.map((row) => (
                <MemberCard
                  key={row.id}
                  row={row}
                  criteria={view.criteria}
                  levels={levels}
                  presentCount={view.review!.presentCount}
                  exclusion={r.exclusion}
                  editable={view.editable}
                />
              ))}
            </div>
          ) : (
            <EmptyState
              title={p.q ? "Không có đoàn viên nào khớp tên đã tìm." : "Tổ chưa có đoàn viên để bình xét."}
            >
              {p.q
                ? "Thử tìm với tên khác, hoặc xóa ô tìm kiếm."
                : "Đoàn viên của tổ được thêm khi BCH mở đánh giá, xếp loại."}
            </EmptyState>
          )}
          {members && (
            <Pagination
              page={members.page}
              pageCount={members.pageCount}
              total={members.total}
              hrefFor={(n) =>
                `${base}${p.q ? `&q=${encodeURIComponent(p.q)}` : ""}${n > 1 ? `&page=${n}` : ""}`
              }
            />
          )}
        </div>
      )}
    </>
  );
}
