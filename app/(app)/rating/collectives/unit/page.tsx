import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { RatingNav } from "@/components/rating/rating-nav";
import { PaperSubmission } from "@/components/submissions/paper-submission";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { can, requirePage } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/format";
import { pageYear } from "@/lib/http/params";
import { upperInApp } from "@/lib/org/appraisal/queries";
import { getUnitRatingReport } from "@/lib/rating/collectives/queries";
import { cycleYearLabel } from "@/lib/settings/cycle";
import { currentCycleYear, cycleOfYear } from "@/lib/settings/unit-cycle";
import { yearMetadata } from "@/lib/settings/year-metadata";
import { UnitAppraisalForm } from "./unit-appraisal-form";
import { UnitReportTable } from "./unit-report-table";
import { UnitSelfForm } from "./unit-self-form";

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return yearMetadata("CĐCS tự đánh giá, xếp loại", searchParams);
}

/** The CĐCS's self-rating against the UNIT template and the cấp trên's thẩm định, with its reference. */
export default async function UnitRatingPage({ searchParams }: Props) {
  const actor = await requirePage("rating.read.all");
  const year = pageYear((await searchParams).year, await currentCycleYear(actor.unitId));
  const [report, cycle, upper] = await Promise.all([
    getUnitRatingReport(actor.unitId, year),
    cycleOfYear(actor.unitId, year),
    upperInApp(actor.unitId),
  ]);
  const header = (
    <PageHeader
      title={`CĐCS tự đánh giá, xếp loại ${cycleYearLabel(year, cycle)}`}
      subtitle={
        report?.template
          ? `Bảng điểm khu vực ${report.template.unitType}, theo Hướng dẫn 1294/HD-TLĐ`
          : "Theo bảng tiêu chí của năm (các nhóm tiêu chí của Hướng dẫn 1294/HD-TLĐ)"
      }
      actions={
        <Link href={`/rating/collectives?year=${year}`} className={buttonClass("secondary")}>
          ← Tổ và CĐCS
        </Link>
      }
    />
  );
  const nav = <RatingNav permissions={[...actor.permissions]} year={year} active="collectives" />;
  if (!report) {
    return (
      <>
        {header}
        {nav}
        <EmptyState title={`Chưa mở đánh giá, xếp loại ${cycleYearLabel(year, cycle)}`}>
          Mở đánh giá ở trang Quyết định xếp loại; mẫu tiêu chí CĐCS được tạo khi mở.
        </EmptyState>
      </>
    );
  }
  if (!report.groups.length) {
    return (
      <>
        {header}
        {nav}
        <EmptyState title="Năm này chưa có mẫu tiêu chí CĐCS.">
          Chủ tịch hoặc phó chủ tịch thêm tiêu chí ở trang Mẫu tiêu chí CĐCS.
        </EmptyState>
      </>
    );
  }
  const open = report.status === "OPEN";
  const criteria = report.groups.flatMap((g) =>
    g.criteria.map((c) => ({ id: c.id, groupName: g.name, content: c.content, maxPoints: c.maxPoints })),
  );
  const all = report.groups.flatMap((g) => g.criteria);
  const levels = report.levels;
  const canSelf = open && can(actor, "rating.decide");
  // The cấp trên's thẩm định arrives after the CĐCS has finalised: it stays open. A cấp trên in the
  // app scores it there (lib/org/appraisal); the CĐCS then only reads it.
  const canReview = !upper && can(actor, "rating.manage");
  return (
    <>
      {header}
      {nav}
      <PaperSubmission actor={actor} kind="SELF_RATING" year={year} />
      <div className="flex max-w-5xl flex-col gap-4">
        <Card title="Kết quả">
          <dl className="grid gap-2 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-ink-muted">CĐCS tự chấm</dt>
              <dd data-testid="unit-self">
                {report.selfScoredAt
                  ? `${report.selfTotal}/${report.maxTotal} điểm · ${report.selfLevel}`
                  : "Chưa chấm"}
              </dd>
            </div>
            <div>
              <dt className="text-ink-muted">Cấp trên thẩm định</dt>
              <dd data-testid="unit-reviewed">
                {!report.reviewedLevel
                  ? upper
                    ? `Chưa có kết quả thẩm định của ${upper.name}`
                    : "Chưa có kết quả thẩm định"
                  : upper
                    ? `Cấp trên thẩm định: ${report.reviewedTotal} điểm — ${report.reviewedLevel} (${formatDate(report.reviewedOn)})`
                    : `${report.reviewedTotal}/${report.maxTotal} điểm · ${report.reviewedLevel} (${report.reviewRef}, ngày ${formatDate(report.reviewedOn)})`}
              </dd>
            </div>
          </dl>
        </Card>
        {canSelf ? (
          <Card title="CĐCS tự chấm điểm">
            <UnitSelfForm
              criteria={criteria}
              levels={levels}
              initial={{
                ratingYearId: report.ratingYearId,
                version: report.version,
                note: report.note ?? "",
                scores: all.map((c) => ({ criterionId: c.id, points: (c.selfPoints ?? "") as number })),
              }}
            />
          </Card>
        ) : (
          <Card title="Bảng điểm">
            <UnitReportTable report={report} />
          </Card>
        )}
        {canReview && (
          <Card title="Kết quả thẩm định của công đoàn cấp trên">
            <UnitAppraisalForm
              criteria={criteria}
              levels={levels.map((l) => l.name)}
              selfPoints={Object.fromEntries(all.map((c) => [c.id, c.selfPoints]))}
              initial={{
                ratingYearId: report.ratingYearId,
                version: report.version,
                finalLevel: report.reviewedLevel ?? "",
                reviewRef: report.reviewRef ?? "",
                reviewedOn: formatDate(report.reviewedOn),
                scores: all.map((c) => ({ criterionId: c.id, points: (c.reviewedPoints ?? "") as number })),
              }}
            />
          </Card>
        )}
      </div>
    </>
  );
}
