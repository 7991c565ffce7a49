import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { RatingNav } from "@/components/rating/rating-nav";
import { YearSelect } from "@/components/rating/year-select";
import { EmptyState } from "@/components/ui/empty-state";
import { can, getActor, requirePage } from "@/lib/auth/current-user";
import { RATING_YEAR_STATUS_LABELS } from "@/lib/rating/labels";
import { resolveRatingYear } from "@/lib/rating/page-year";
import { DecisionSection } from "./decision-section";
import { OpenRatingForm } from "./open-rating-form";

export const metadata: Metadata = { title: "Quyết định xếp loại" };

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function RatingDecisionPage({ searchParams }: Props) {
  const maybe = await getActor();
  // A tổ trưởng works on the tổ review; the decision screen is the BCH's.
  if (maybe && !can(maybe, "rating.read.all") && can(maybe, "rating.review.group")) {
    const sp = await searchParams;
    redirect(`/rating/groups${sp.year ? `?year=${encodeURIComponent(sp.year)}` : ""}`);
  }
  const actor = await requirePage("rating.read.all");
  const sp = await searchParams;
  const { year, r, years } = await resolveRatingYear(actor, sp.year);
  const header = (
    <PageHeader
      title={`Đánh giá, xếp loại đoàn viên năm ${year}`}
      subtitle={r ? RATING_YEAR_STATUS_LABELS[r.status] + (r.publishedAt ? " · đã công bố" : "") : "Chưa mở"}
      actions={<YearSelect year={year} years={years} basePath="/rating" />}
    />
  );
  const nav = <RatingNav permissions={[...actor.permissions]} year={year} active="decision" />;
  if (!r) {
    return (
      <>
        {header}
        {nav}
        <EmptyState title={`Chưa mở đánh giá, xếp loại năm ${year}`}>
          {can(actor, "rating.manage")
            ? "Mở đánh giá để tạo danh sách đoàn viên cần xếp loại từ năm thi đua (tiêu chí, mức xếp loại, tự đánh giá)."
            : "Chủ tịch hoặc phó chủ tịch sẽ mở đánh giá, xếp loại; khi đó danh sách đoàn viên hiện ở đây."}
          {can(actor, "rating.manage") && <OpenRatingForm year={year} />}
        </EmptyState>
      </>
    );
  }
  return (
    <>
      {header}
      {nav}
      <DecisionSection actor={actor} r={r} sp={sp} />
    </>
  );
}
