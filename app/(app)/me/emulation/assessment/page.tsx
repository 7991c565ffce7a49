import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { PageHeader } from "@/components/page-header";

import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePage } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { assessmentWindowNotice } from "@/lib/emulation/me/assessment/window-notice";
import { type AssessmentView, getAssessmentView } from "@/lib/emulation/queries/assessments";
import { groupCriteria, resolveYear } from "@/lib/emulation/queries/years";
import { inAssessmentWindow } from "@/lib/emulation/state";

import { pageYear } from "@/lib/http/params";
import { yearMetadata } from "@/lib/settings/year-metadata";
import { AssessmentForm } from "./assessment-form";
import { AssessmentHeader, AssessmentNotices } from "./assessment-notices";
import { AssessmentReadout } from "./assessment-readout";

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return yearMetadata("Tự đánh giá, xếp loại", searchParams);
}

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
  const notice = open
    ? null
    : assessmentWindowNotice({
        today: clock.today(),
        opensOn: year.assessmentOpensOn,
        closesOn: year.assessmentClosesOn,
        yearOpen: year.status === "OPEN",
        hasSheet: !!a,
        draft: a?.state === "DRAFT",
      });
  const groups = groupCriteria(view.template.criteria);
  const initial = initialValues(year.id, view, commitments);
  return (
    <>
      <AssessmentHeader year={year} assessment={a} />
      <div className="flex max-w-3xl flex-col gap-4">
        <AssessmentNotices year={year} assessment={a} approved={approved} notice={notice} />
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

function initialValues(yearId: string, view: AssessmentView, commitments: { id: string }[]) {
  const a = view.assessment;
  const scoreOf = new Map(a?.scores.map((s) => [s.criterionId, s.selfPoints]) ?? []);
  const outcomeOf = new Map(a?.outcomes.map((o) => [o.commitmentId, o]) ?? []);
  return {
    yearId,
    scores: Object.fromEntries(view.template.criteria.map((c) => [c.id, scoreOf.get(c.id) ?? ""])),
    comment: a?.comment ?? "",
    outcomes: commitments.map((c) => ({
      commitmentId: c.id,
      result: outcomeOf.get(c.id)?.result ?? ("" as const),
      evidence: outcomeOf.get(c.id)?.evidence ?? "",
    })),
    intent: "draft" as const,
  };
}
