import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { can, requirePage } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { getCatalogue } from "@/lib/emulation/queries/catalogue";
import { getGroupRoster } from "@/lib/emulation/queries/registrations";
import { resolveYear } from "@/lib/emulation/queries/years";
import { formatDate } from "@/lib/format";
import { groupTitle } from "@/lib/groups/title";
import { pageYear } from "@/lib/http/params";
import { cycleYearLabel } from "@/lib/settings/cycle";
import { CollectiveCard } from "./collective-card";
import { ForwardButton } from "./roster-actions";
import { RosterTable } from "./roster-table";

export async function generateMetadata({
  params,
}: {
  params: Promise<{ groupId: string }>;
}): Promise<Metadata> {
  const t = await groupTitle((await params).groupId);
  return { title: t ? `Thi đua: ${t}` : "Thi đua của tổ" };
}

type Props = { params: Promise<{ groupId: string }>; searchParams: Promise<{ year?: string }> };

export default async function GroupEmulationPage({ params, searchParams }: Props) {
  const actor = await requirePage("emulation.read.all", "emulation.read.group");
  const [{ groupId }, sp] = await Promise.all([params, searchParams]);
  const { year } = await resolveYear(actor.unitId, sp.year ? pageYear(sp.year) : null);
  if (!year) notFound();
  const [roster, catalogue] = await Promise.all([
    getGroupRoster(actor, year.id, groupId),
    getCatalogue(actor.unitId),
  ]);
  if (!roster) notFound();
  const leads = can(actor, "emulation.review.group") && actor.ledGroupIds.includes(groupId);
  const missing = roster.members.filter(
    (m) => !m.registration || (m.registration.state === "DRAFT" && !m.registration.firstSubmittedAt),
  );
  const waiting = roster.members
    .filter((m) => m.registration?.state === "SUBMITTED")
    .map((m) => m.registration!.id);
  const late = clock.today() > year.registrationDeadline;
  return (
    <>
      <PageHeader
        title={`${roster.group.name} · thi đua ${cycleYearLabel(year.year, year.cycle)}`}
        subtitle={`${roster.members.length} đoàn viên · hạn đăng ký ${formatDate(year.registrationDeadline)}`}
        actions={
          <>
            {leads && waiting.length > 0 && (
              <ForwardButton
                yearId={year.id}
                groupId={groupId}
                ids={waiting}
                label={`Chuyển tất cả (${waiting.length}) lên BCH`}
              />
            )}
            <Link href={`/emulation?year=${year.year}`} className={buttonClass("secondary")}>
              ← Tổng hợp
            </Link>
          </>
        }
      />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[2fr_1fr]">
        <RosterTable
          roster={roster}
          yearId={year.id}
          year={year.year}
          leads={leads}
          canAllowLate={can(actor, "emulation.approve") && late}
        />
        <div className="flex flex-col gap-4">
          <Card title={`Chưa đăng ký (${missing.length})`}>
            {missing.length === 0 ? (
              <p className="text-sm text-ink-muted">Mọi đoàn viên của tổ đã gửi bản đăng ký.</p>
            ) : (
              <>
                <p className="mb-2 text-sm text-ink-muted">
                  Danh sách nhắc: những người này chưa gửi bản đăng ký{late ? " và đã quá hạn" : ""}.
                </p>
                <ul className="list-disc pl-5 text-sm" data-testid="reminder-list">
                  {missing.map((m) => (
                    <li key={m.id}>{m.fullName}</li>
                  ))}
                </ul>
              </>
            )}
          </Card>
          <CollectiveCard
            roster={roster}
            yearId={year.id}
            catalogue={catalogue}
            leads={leads && year.status === "OPEN"}
          />
        </div>
      </div>
    </>
  );
}
