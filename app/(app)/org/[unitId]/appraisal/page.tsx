import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePage } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/format";
import { pageYear } from "@/lib/http/params";
import { getAppraisalPage } from "@/lib/org/appraisal/queries";
import { NO_ACCEPTED_SELF_RATING } from "@/lib/org/submitted";
import { AppraisalForm } from "./appraisal-form";
import { AppraisalReadout } from "./appraisal-readout";
import { ReopenAppraisalButton } from "./reopen-appraisal-button";

export const metadata: Metadata = { title: "Thẩm định xếp loại CĐCS" };

type Props = {
  params: Promise<{ unitId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
};

/** The cấp trên's thẩm định of one CĐCS's accepted self-rating (decision 0090). */
export default async function AppraisalPage({ params, searchParams }: Props) {
  const actor = await requirePage("org.appraise");
  const { unitId } = await params;
  const year = pageYear((await searchParams).year);
  const page = await getAppraisalPage(actor, unitId, year);
  if (!page) notFound();
  const { unit, submission, appraisal, levels } = page;
  const header = (
    <PageHeader
      title={`Thẩm định xếp loại năm ${year}`}
      subtitle={unit.name}
      actions={
        <div className="flex flex-wrap gap-2">
          <Link href={`/org/${unit.id}/appraisal?year=${year - 1}`} className={buttonClass("secondary")}>
            ← Năm {year - 1}
          </Link>
          <Link href={`/org/${unit.id}`} className={buttonClass("secondary")}>
            Về CĐCS
          </Link>
        </div>
      }
    />
  );
  if (!submission)
    return (
      <>
        {header}
        <EmptyState title="Chưa thể thẩm định">{NO_ACCEPTED_SELF_RATING(year)}</EmptyState>
      </>
    );
  const criteria = submission.payload.criteria.map((c) => ({
    id: c.criterionId,
    groupName: c.group ?? "Tiêu chí",
    content: `${c.code}. ${c.title}`,
    maxPoints: c.maxScore,
  }));
  const selfPoints = Object.fromEntries(submission.payload.criteria.map((c) => [c.criterionId, c.selfScore]));
  const given = new Map((appraisal?.scores ?? []).map((s) => [s.criterionId, s.points]));
  const concluded = appraisal?.state === "CONCLUDED";
  const maxTotal = criteria.reduce((s, c) => s + c.maxPoints, 0);
  return (
    <>
      {header}
      <div className="flex max-w-5xl flex-col gap-4">
        <Card title="Hồ sơ tự đánh giá đã tiếp nhận">
          <p className="text-sm" data-testid="appraisal-self">
            Bản số {submission.version}: CĐCS tự chấm {submission.payload.selfTotal}/{maxTotal} điểm ·{" "}
            {submission.payload.selfLevel ?? "chưa tự xếp mức"}
          </p>
          {appraisal?.outdated && (
            <p className="mt-2 text-sm text-brand-800">
              CĐCS đã gửi bản mới sau lần chấm trước; điểm dưới đây chấm theo bản mới khi lưu lại.
            </p>
          )}
        </Card>
        {concluded ? (
          <Card title="Kết luận thẩm định">
            <p className="mb-3 flex flex-wrap items-center gap-2 text-sm" data-testid="appraisal-result">
              <Badge tone="green">Đã kết luận</Badge>
              {appraisal.total}/{maxTotal} điểm — {appraisal.level ?? "—"} (
              {appraisal.concludedAt ? formatDate(appraisal.concludedAt) : ""})
            </p>
            <AppraisalReadout
              criteria={criteria}
              selfPoints={selfPoints}
              given={given}
              note={appraisal.note}
            />
            <div className="mt-4">
              <ReopenAppraisalButton unitId={unit.id} year={year} version={appraisal.version} />
            </div>
          </Card>
        ) : (
          <Card title="Cấp trên chấm điểm">
            {appraisal?.reopenReason && (
              <p className="mb-3 text-sm text-ink-muted">Đã mở lại: {appraisal.reopenReason}</p>
            )}
            <AppraisalForm
              criteria={criteria}
              selfPoints={selfPoints}
              levels={levels}
              initial={{
                unitId: unit.id,
                year,
                version: appraisal?.version ?? 0,
                note: appraisal?.note ?? "",
                intent: "save",
                scores: criteria.map((c) => ({
                  criterionId: c.id,
                  points: (given.get(c.id) ?? "") as number,
                })),
              }}
            />
          </Card>
        )}
      </div>
    </>
  );
}
