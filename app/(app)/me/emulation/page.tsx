import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RegistrationForm } from "@/components/emulation/registration-form";
import { namesOf, RegistrationSummary } from "@/components/emulation/registration-summary";
import { RegistrationBadge } from "@/components/emulation/state-badge";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { YearLinks } from "@/components/year-links";
import { requirePage } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { registrationHeading } from "@/lib/emulation/headings";
import { getCatalogue, offerFor } from "@/lib/emulation/queries/catalogue";
import { getMemberGender } from "@/lib/emulation/queries/members";
import { getOwnRegistration } from "@/lib/emulation/queries/registrations";
import { resolveYear } from "@/lib/emulation/queries/years";
import { mayFirstSubmit } from "@/lib/emulation/state";
import { formatDate } from "@/lib/format";
import { pageYear } from "@/lib/http/params";
import { cycleYearLinks } from "@/lib/settings/cycle";
import { yearMetadata } from "@/lib/settings/year-metadata";
import { RegistrationNotices } from "./registration-notices";

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return yearMetadata("Đăng ký thi đua", searchParams);
}

type Props = { searchParams: Promise<{ year?: string }> };

export default async function MyRegistrationPage({ searchParams }: Props) {
  const actor = await requirePage("emulation.self");
  if (!actor.memberId) notFound();
  const asked = (await searchParams).year;
  const { years, year } = await resolveYear(actor.unitId, asked ? pageYear(asked) : null);
  if (!year) {
    return (
      <>
        <PageHeader title="Đăng ký thi đua" />
        <EmptyState title="Ban Chấp hành chưa mở năm thi đua">
          Khi năm thi đua được mở, bạn đăng ký danh hiệu, phong trào và chương trình cá nhân tại đây.
        </EmptyState>
      </>
    );
  }
  const [catalogue, gender, reg] = await Promise.all([
    getCatalogue(actor.unitId),
    getMemberGender(actor),
    getOwnRegistration(actor, year.id),
  ]);
  const titles = offerFor(
    catalogue.titles.filter((t) => t.scope === "INDIVIDUAL"),
    gender,
  ).map((t) => ({ id: t.id, name: t.name, hint: `Cấp: ${t.level}` }));
  const movements = offerFor(catalogue.movements, gender).map((m) => ({ id: m.id, name: m.name }));
  const editable = year.status === "OPEN" && (!reg || reg.state === "DRAFT" || reg.state === "RETURNED");
  const canSubmit = mayFirstSubmit(
    reg ?? { firstSubmittedAt: null, lateAllowedAt: null },
    clock.today(),
    year.registrationDeadline,
  );
  const initial = initialValues(year.id, reg);
  return (
    <>
      <PageHeader
        title={registrationHeading(year.year, year.cycle)}
        subtitle={
          <span className="inline-flex flex-wrap items-center gap-2">
            Hạn gửi: {formatDate(year.registrationDeadline)} · <RegistrationBadge state={reg?.state} />
          </span>
        }
        actions={
          <>
            {years.length > 1 && (
              <YearLinks
                {...cycleYearLinks(year.cycle)}
                years={years.map((y) => y.year)}
                year={year.year}
                href={(y) => `/me/emulation?year=${y}`}
              />
            )}
            <Link href={`/me/emulation/assessment?year=${year.year}`} className={buttonClass("secondary")}>
              Tự đánh giá
            </Link>
          </>
        }
      />
      <div className="flex max-w-3xl flex-col gap-4">
        <RegistrationNotices
          reg={reg}
          registrationDeadline={year.registrationDeadline}
          editable={editable}
          canSubmit={canSubmit}
        />
        <Card title={editable ? "Bản đăng ký của bạn" : "Bản đăng ký đã gửi"}>
          {editable ? (
            <RegistrationForm initial={initial} titles={titles} movements={movements} canSubmit={canSubmit} />
          ) : (
            <RegistrationSummary
              titleNames={namesOf(reg!.titleIds, catalogue.titles)}
              movementNames={namesOf(reg!.movementIds, catalogue.movements)}
              commitments={reg!.commitments}
            />
          )}
        </Card>
      </div>
    </>
  );
}

type OwnRegistration = Awaited<ReturnType<typeof getOwnRegistration>>;

function initialValues(yearId: string, reg: OwnRegistration) {
  return {
    yearId,
    titleIds: reg?.titleIds ?? [],
    movementIds: reg?.movementIds ?? [],
    // A registration the BCH opened for a late member starts with no programme: offer the first line.
    commitments: reg?.commitments.length
      ? reg.commitments.map((c) => ({ kind: c.kind, content: c.content, target: c.target ?? "" }))
      : [{ kind: "STUDY" as const, content: "", target: "" }],
    intent: "draft" as const,
  };
}
