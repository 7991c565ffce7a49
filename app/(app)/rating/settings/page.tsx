import type { Metadata } from "next";
import { PageHeader } from "@/components/page-header";
import { RatingNav } from "@/components/rating/rating-nav";
import { Card, DetailList } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { YearLinks } from "@/components/year-links";
import { can, requirePage } from "@/lib/auth/current-user";
import { QUOTA_MODE_LABELS } from "@/lib/rating/labels";
import { ratingYearLinks, resolveRatingYear } from "@/lib/rating/page-year";
import { basisLabel } from "@/lib/rating/quota-text";
import { lockedMessage } from "@/lib/rating/year";
import { cycleYearLabel } from "@/lib/settings/cycle";
import { yearMetadata } from "@/lib/settings/year-metadata";
import { SettingsForm } from "./settings-form";

type Props = { searchParams: Promise<{ year?: string }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return yearMetadata("Cài đặt đánh giá, xếp loại", searchParams);
}

const yesNo = (b: boolean) => (b ? "Có" : "Không");
const capText = (levels: string[], at: number | null) =>
  at == null || !levels[at] ? "Không giới hạn mức" : `Không cao hơn “${levels[at]}”`;

export default async function RatingSettingsPage({ searchParams }: Props) {
  const actor = await requirePage("rating.manage", "rating.read.all");
  const { year, r, years, cycle } = await resolveRatingYear(actor, (await searchParams).year);
  const header = (
    <PageHeader
      title={`Cài đặt đánh giá, xếp loại ${cycleYearLabel(year, cycle)}`}
      actions={<YearLinks {...ratingYearLinks("/rating/settings", { year, years, cycle })} />}
    />
  );
  const nav = <RatingNav permissions={[...actor.permissions]} year={year} active="settings" />;
  if (!r)
    return (
      <>
        {header}
        {nav}
        <EmptyState title={`Chưa mở đánh giá, xếp loại ${cycleYearLabel(year, cycle)}`}>
          Mở năm ở trang “Quyết định xếp loại” trước.
        </EmptyState>
      </>
    );
  const editable = r.status === "OPEN" && can(actor, "rating.manage");
  return (
    <>
      {header}
      {nav}
      {r.status !== "OPEN" && (
        <p
          role="status"
          className="mb-4 rounded-card border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
        >
          {lockedMessage(r.year, r.cycle)}
        </p>
      )}
      <Card className="max-w-3xl">
        {editable ? (
          <SettingsForm
            levels={r.levels.map((l) => l.name)}
            values={{
              ratingYearId: r.id,
              quotaMode: r.quota.mode,
              quotaPercent: r.quota.percent,
              quotaBasisPosition: r.quota.basisPosition,
              ...r.exclusion,
              disciplineCapPosition: r.exclusion.disciplineCapPosition ?? "",
              cdcsMayCommend: r.cdcsMayCommend,
              publishList: r.publishList,
            }}
          />
        ) : (
          <DetailList
            items={[
              ["Tỉ lệ", QUOTA_MODE_LABELS[r.quota.mode]],
              ["Mức cao nhất tối đa", `${r.quota.percent} % số đoàn viên xếp loại ${basisLabel(r)}`],
              ["Không xét khen thưởng nếu sinh hoạt dưới", `${r.exclusion.minMonthsInUnit} tháng`],
              ["Không xét khen thưởng khi nghỉ dài ngày", yesNo(r.exclusion.excludeLongLeave)],
              ["Không xét khen thưởng khi bị kỷ luật trong năm", yesNo(r.exclusion.excludeDisciplined)],
              [
                "Đoàn viên bị kỷ luật được xếp loại",
                capText(
                  r.levels.map((l) => l.name),
                  r.exclusion.disciplineCapPosition,
                ),
              ],
              ["Không xét khen thưởng khi bị xử phạt hành chính", yesNo(r.exclusion.excludeSanctioned)],
              ["Cần đăng ký thi đua được duyệt", yesNo(r.exclusion.requireRegistration)],
              ["BCH CĐCS tặng Giấy khen của mình", yesNo(r.cdcsMayCommend)],
              ["Công bố danh sách cho đoàn viên", yesNo(r.publishList)],
            ]}
          />
        )}
      </Card>
    </>
  );
}
