import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssessmentForm } from "@/components/emulation/assessment-form";
import { AssessmentReadout } from "@/components/emulation/assessment-readout";
import { AssessmentBadge } from "@/components/emulation/state-badge";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePage } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { getAssessmentView } from "@/lib/emulation/queries/assessments";
import { groupCriteria, resolveYear } from "@/lib/emulation/queries/years";
import { inAssessmentWindow } from "@/lib/emulation/state";
import { formatDate } from "@/lib/format";
import { pageYear } from "@/lib/http/params";

export const metadata: Metadata = { title: "Tự đánh giá" };

type Props = { searchParams: Promise<{ year?: string }> };

export default async function MyAssessmentPage({ searchParams }: Props) {
  const actor = await requirePage("emulation.self");
  if (!actor.memberId) notFound();
  const asked = (await searchParams).year;
  const { year } = await resolveYear(actor.unitId, asked ? pageYear(asked) : null);
  const view = year ? await getAssessmentView(actor, year.id, actor.memberId) : null;
  if (!year || !view) {
    return (
      <>
        <PageHeader title="Tự đánh giá, xếp loại" />
        <EmptyState title="Chưa có năm thi đua">
          Khi Ban Chấp hành mở năm thi đua và đến thời gian tự đánh giá, phiếu sẽ hiện ở đây.
        </EmptyState>
      </>
    );
  }
  const a = view.assessment;
  const approved = view.registration?.state === "APPROVED";
  const commitments = approved ? view.registration!.commitments : [];
  const open =
    year.status === "OPEN" &&
    inAssessmentWindow(clock.today(), year.assessmentOpensOn, year.assessmentClosesOn, !!a?.returnedAt);
  const editable = open && (!a || a.state === "DRAFT");
  const groups = groupCriteria(view.template.criteria);
  const scoreOf = new Map(a?.scores.map((s) => [s.criterionId, s.selfPoints]) ?? []);
  const outcomeOf = new Map(a?.outcomes.map((o) => [o.commitmentId, o]) ?? []);
  const initial = {
    yearId: year.id,
    scores: Object.fromEntries(view.template.criteria.map((c) => [c.id, scoreOf.get(c.id) ?? ""])),
    comment: a?.comment ?? "",
    outcomes: commitments.map((c) => ({
      commitmentId: c.id,
      result: outcomeOf.get(c.id)?.result ?? ("" as const),
      evidence: outcomeOf.get(c.id)?.evidence ?? "",
    })),
    intent: "draft" as const,
  };
  return (
    <>
      <PageHeader
        title={`Tự đánh giá, xếp loại năm ${year.year}`}
        subtitle={
          <span className="inline-flex flex-wrap items-center gap-2">
            Thời gian: {formatDate(year.assessmentOpensOn)} – {formatDate(year.assessmentClosesOn)} ·{" "}
            <AssessmentBadge state={a?.state} returned={!!a?.returnedAt} />
          </span>
        }
        actions={
          <>
            <Link href={`/me/emulation?year=${year.year}`} className={buttonClass("secondary")}>
              Bản đăng ký
            </Link>
            {a && (
              <Link
                href={`/print/emulation/assessment?year=${year.year}`}
                className={buttonClass("secondary")}
              >
                In phiếu
              </Link>
            )}
          </>
        }
      />
      <div className="flex max-w-3xl flex-col gap-4">
        {a?.state === "DRAFT" && a.returnedAt && (
          <p
            className="rounded-lg border border-brand-200 bg-brand-50 p-3 text-sm text-brand-800"
            data-testid="return-reason"
          >
            Tổ trưởng đã trả lại phiếu. Lý do: <b>{a.returnReason}</b>.
          </p>
        )}
        {!approved && (
          <p className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
            Bạn chưa có bản đăng ký thi đua được duyệt năm {year.year}, nên phiếu không có phần cam kết; bạn
            vẫn tự chấm theo tiêu chí.
          </p>
        )}
        {!open && !a && (
          <EmptyState title="Chưa đến thời gian tự đánh giá">
            Phiếu mở từ {formatDate(year.assessmentOpensOn)} đến {formatDate(year.assessmentClosesOn)}.
          </EmptyState>
        )}
        {editable ? (
          <Card title="Phiếu tự đánh giá">
            <AssessmentForm
              initial={initial}
              groups={groups}
              levels={view.template.levels}
              commitments={commitments}
            />
          </Card>
        ) : a ? (
          <AssessmentReadout view={view} />
        ) : null}
      </div>
    </>
  );
}
