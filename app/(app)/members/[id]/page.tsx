import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MemberAudit, MemberProfile, MemberTimeline } from "@/components/members/member-sections";
import { PageHeader } from "@/components/page-header";
import { buttonClass } from "@/components/ui/button";
import { StatusBadge } from "@/components/ui/status-badge";
import { can, requirePage } from "@/lib/auth/current-user";
import { getMember, getMemberAudit, getMemberTimeline } from "@/lib/members/queries";
import { allowedEvents } from "@/lib/members/service";
import { memberTitle } from "@/lib/members/title";
import { LifecycleDialog } from "./lifecycle-dialog-lazy";
import { TransferLetters } from "./transfer-letters";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const t = await memberTitle((await params).id);
  return { title: t ? `${t}` : "Hồ sơ đoàn viên" };
}

export default async function MemberPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("members.read.all", "members.read.group", "members.read.own");
  const { id } = await params;
  const member = await getMember(actor, id);
  if (!member) notFound();
  const canWrite = can(actor, "members.write");
  // The status dialog fetches the tổ list itself when it needs it (decision 0100).
  const [timeline, audit] = await Promise.all([getMemberTimeline(actor, id), getMemberAudit(actor, id)]);

  return (
    <>
      <nav className="mb-2 text-sm text-ink-muted">
        <Link href="/members" className="hover:underline">
          Đoàn viên
        </Link>{" "}
        / {member.fullName}
      </nav>
      <PageHeader
        title={member.fullName}
        subtitle={
          <span className="inline-flex flex-wrap items-center gap-2">
            {member.group.name} <StatusBadge status={member.status} />
          </span>
        }
        actions={
          canWrite && (
            <>
              <LifecycleDialog
                memberId={member.id}
                memberName={member.fullName}
                events={allowedEvents(member.status)}
                currentGroupId={member.groupId}
              />
              <Link href={`/members/${member.id}/edit`} className={buttonClass("primary")}>
                Sửa hồ sơ
              </Link>
            </>
          )
        }
      />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[3fr_2fr]">
        <div className="flex flex-col gap-4">
          <MemberProfile m={member} />
        </div>
        <div className="flex flex-col gap-4">
          {timeline && <MemberTimeline t={timeline} />}
          {timeline && can(actor, "members.export") && <TransferLetters events={timeline.events} />}
          {audit && <MemberAudit rows={audit} />}
        </div>
      </div>
    </>
  );
}
