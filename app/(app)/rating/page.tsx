import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { RatingNav } from "@/components/rating/rating-nav";
import { EmptyState } from "@/components/ui/empty-state";
import { YearLinks } from "@/components/year-links";
import { can, getActor, requirePage } from "@/lib/auth/current-user";
import { RATING_YEAR_STATUS_LABELS } from "@/lib/rating/labels";
import { ratingYearLinks, resolveRatingYear } from "@/lib/rating/page-year";
import { cycleYearLabel } from "@/lib/settings/cycle";
import { yearMetadata } from "@/lib/settings/year-metadata";
import { DecisionSection } from "./decision-section";
import { OpenRatingForm } from "./open-rating-form";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return yearMetadata("Đánh giá, xếp loại đoàn viên", searchParams);
}

export default async function RatingDecisionPage({ searchParams }: Props) {
  const maybe = await getActor();
  // A tổ trưởng works on the tổ review; the decision screen is the BCH's.
  if (maybe && !can(maybe, "rating.read.all") && can(maybe, "rating.review.group")) {
    const sp = await searchParams;
    redirect(`/rating/groups${sp.year ? `?year=${encodeURIComponent(sp.year)}` : ""}`);
  }
  const actor = await requirePage("rating.read.all");
  const sp = await searchParams;
  const { year, r, years, cycle } = await resolveRatingYear(actor, sp.year);
  const header = (
    <PageHeader
      title={`Đánh giá, xếp loại đoàn viên ${cycleYearLabel(year, cycle)}`}
      subtitle={r ? RATING_YEAR_STATUS_LABELS[r.status] + (r.publishedAt ? " · đã công bố" : "") : "Chưa mở"}
      actions={<YearLinks {...ratingYearLinks("/rating", { year, years, cycle })} />}
    />
  );
  const nav = <RatingNav permissions={[...actor.permissions]} year={year} active="decision" />;
  if (!r) {
    return (
      <>
        {header}
        {nav}
        <EmptyState title={`Chưa mở đánh giá, xếp loại ${cycleYearLabel(year, cycle)}`}>
          {can(actor, "rating.manage")
            ? "Mở đánh giá để tạo danh sách đoàn viên cần xếp loại từ năm thi đua (tiêu chí, mức xếp loại, tự đánh giá)."
            : "Chủ tịch hoặc phó chủ tịch sẽ mở đánh giá, xếp loại; khi đó danh sách đoàn viên hiện ở đây."}
          {can(actor, "rating.manage") && <OpenRatingForm year={year} label={cycleYearLabel(year, cycle)} />}
        </EmptyState>
      </>
    );
  }
  if (!r.levels.length) {
    // The year's scheme comes from its emulation year: without levels nothing can be decided (and
    // the board's queries have no level to compare with), so the page says where to set them up.
    const label = cycleYearLabel(year, cycle);
    return (
      <>
        {header}
        {nav}
        <EmptyState title={`Chưa có mức xếp loại cho ${label}`}>
          Đánh giá, xếp loại dùng các mức (và tiêu chí) của năm thi đua {label}, nhưng năm thi đua này chưa có
          mức nào.{" "}
          {can(actor, "emulation.manage") ? (
            <>
              Thiết lập mức xếp loại ở{" "}
              <Link href={`/emulation/years/${year}`} className="font-medium text-brand-700 underline">
                trang năm thi đua {label}
              </Link>
              , rồi quay lại đây.
            </>
          ) : (
            "Chủ tịch hoặc phó chủ tịch thiết lập mức xếp loại ở trang năm thi đua; khi đó danh sách hiện ở đây."
          )}
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
