import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MemberProfile, MemberTimeline } from "@/components/members/member-sections";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/status-badge";
import { can, requirePage } from "@/lib/auth/current-user";
import { findGroupPeers, getMember, getMemberTimeline } from "@/lib/members/queries";
import { ContactForm } from "./contact-form";
import { MeDuesLink } from "./dues-link";
import { MeMeetingsCard } from "./meetings-card";
import { MyAnswersCard } from "./my-answers-card";
import { MyWorkCard } from "./my-work-card";
import { MeRatingLink } from "./rating-link";
import { MeWelfareLink } from "./welfare-link";

export const metadata: Metadata = { title: "Của tôi" };

export default async function MePage() {
  const actor = await requirePage();
  if (!actor.memberId) notFound();
  const [me, timeline, peers] = await Promise.all([
    getMember(actor, actor.memberId),
    getMemberTimeline(actor, actor.memberId),
    findGroupPeers(actor),
  ]);
  if (!me) notFound();
  return (
    <>
      <PageHeader
        title="Của tôi"
        subtitle={
          <span className="inline-flex flex-wrap items-center gap-2">
            {me.fullName} · {me.group.name} <StatusBadge status={me.status} />
          </span>
        }
      />
      {/* What the member owns, most urgent first: on a phone this is what they open the page for.
          One card per line (decision 0072); each reads only the member's own records. */}
      <div className="mb-4 grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3">
        <MyWorkCard actor={actor} />
        {can(actor, "opinions.send") && <MyAnswersCard actor={actor} />}
        <MeMeetingsCard />
        {can(actor, "welfare.read.own") && <MeWelfareLink />}
        {can(actor, "rating.read.own") && <MeRatingLink />}
        {can(actor, "dues.read.own") && <MeDuesLink />}
      </div>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[3fr_2fr]">
        <div className="flex flex-col gap-4">
          {can(actor, "profile.contact.edit") && (
            <Card title="Thông tin liên hệ">
              <p className="mb-3 text-sm text-ink-muted">
                Bạn tự cập nhật được điện thoại và email. Các thông tin khác do Ban Chấp hành quản lý; nếu có
                sai sót, hãy báo tổ trưởng.
              </p>
              <ContactForm initial={{ phone: me.phone ?? "", email: me.email ?? "" }} />
            </Card>
          )}
          <MemberProfile m={me} />
        </div>
        <div className="flex flex-col gap-4">
          <Card title={`${me.group.name} (${peers.length} đoàn viên)`}>
            <ul
              className="grid grid-cols-1 gap-1 text-sm sm:grid-cols-2 lg:grid-cols-1"
              data-testid="group-peers"
            >
              {peers.map((p) => (
                <li key={p.id} className={p.id === me.id ? "font-medium text-brand-700" : ""}>
                  {p.fullName}
                  {p.id === me.id && " (bạn)"}
                </li>
              ))}
            </ul>
          </Card>
          {timeline && <MemberTimeline t={timeline} />}
        </div>
      </div>
    </>
  );
}
