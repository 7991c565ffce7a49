import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/current-user";
import { getCatalogue } from "@/lib/emulation/queries/catalogue";
import { getYearTemplate, resolveYear } from "@/lib/emulation/queries/years";
import { formatDate } from "@/lib/format";
import { pageYear } from "@/lib/http/params";
import { cycleYearLabel } from "@/lib/settings/cycle";
import { MovementGoals } from "./movement-goals";
import { TemplateForm } from "./template-form";
import { YearDatesForm } from "./year-dates-form";

export const metadata: Metadata = { title: "Cài đặt năm thi đua" };

export default async function YearSettingsPage({ params }: { params: Promise<{ year: string }> }) {
  const actor = await requirePage("emulation.manage");
  const { year: found } = await resolveYear(actor.unitId, pageYear((await params).year));
  if (!found) notFound();
  const [t, catalogue] = await Promise.all([
    getYearTemplate(actor.unitId, found.id),
    getCatalogue(actor.unitId),
  ]);
  if (!t) notFound();
  const locked = t._count.assessments > 0;
  return (
    <>
      <PageHeader
        title={`Cài đặt thi đua ${cycleYearLabel(t.year, found.cycle)}`}
        actions={
          <Link href={`/emulation?year=${t.year}`} className={buttonClass("secondary")}>
            ← Tổng hợp
          </Link>
        }
      />
      <div className="flex max-w-4xl flex-col gap-4">
        <Card title="Thời hạn">
          <YearDatesForm
            initial={{
              id: t.id,
              registrationDeadline: formatDate(t.registrationDeadline),
              assessmentOpensOn: formatDate(t.assessmentOpensOn),
              assessmentClosesOn: formatDate(t.assessmentClosesOn),
              status: t.status,
            }}
          />
        </Card>
        <Card title="Phong trào phát động trong năm">
          <MovementGoals
            yearId={t.id}
            rows={catalogue.movements.map((m) => {
              const y = t.movements.find((x) => x.movementId === m.id);
              return {
                movementId: m.id,
                name: m.name,
                launchedOn: formatDate(y?.launchedOn),
                goal: y?.goal ?? "",
              };
            })}
          />
        </Card>
        <Card title="Mẫu tiêu chí tự đánh giá và mức xếp loại">
          {locked && (
            <p className="mb-3 rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
              Đã có {t._count.assessments} phiếu tự đánh giá theo mẫu này, nên mẫu đã khóa để điểm của mọi
              người cùng một thang.
            </p>
          )}
          <TemplateForm
            locked={locked}
            initial={{
              yearId: t.id,
              criteria: t.criteria.map((c) => ({
                id: c.id,
                groupName: c.groupName,
                content: c.content,
                maxPoints: c.maxPoints,
              })),
              levels: t.levels,
            }}
          />
        </Card>
      </div>
    </>
  );
}
