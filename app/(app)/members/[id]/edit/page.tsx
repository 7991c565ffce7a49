import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MemberForm } from "@/components/members/member-form";
import { PageHeader } from "@/components/page-header";
import { requirePage } from "@/lib/auth/current-user";
import { nextSalaryDay } from "@/lib/finance/dues/salary-day";
import { formatDate } from "@/lib/format";
import { listGroupOptions } from "@/lib/groups/queries";
import { toFormValues } from "@/lib/members/mapping";
import { getMember } from "@/lib/members/queries";
import { memberTitle } from "@/lib/members/title";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const t = await memberTitle((await params).id);
  return { title: t ? `Sửa hồ sơ: ${t}` : "Sửa hồ sơ đoàn viên" };
}

export default async function EditMemberPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("members.write");
  const { id } = await params;
  const member = await getMember(actor, id);
  if (!member) notFound();
  const groups = await listGroupOptions(actor);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={`Sửa hồ sơ: ${member.fullName}`} subtitle="Mọi thay đổi được ghi vào nhật ký." />
      <MemberForm
        memberId={member.id}
        version={member.version}
        initial={{ ...toFormValues(member), salaryFrom: formatDate(nextSalaryDay()) }}
        groups={groups}
      />
    </div>
  );
}
