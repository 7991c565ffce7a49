import type { Metadata } from "next";
import { MemberForm } from "@/components/members/member-form";
import { PageHeader } from "@/components/page-header";
import { requirePage } from "@/lib/auth/current-user";
import { listGroupOptions } from "@/lib/groups/queries";
import { EMPTY_MEMBER_FORM } from "@/lib/members/mapping";

export const metadata: Metadata = { title: "Thêm đoàn viên" };

export default async function NewMemberPage() {
  const actor = await requirePage("members.write");
  const groups = await listGroupOptions(actor);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Thêm đoàn viên"
        subtitle="Kết nạp mới hoặc nhập hồ sơ đoàn viên đã có. Các ô có dấu * là bắt buộc."
      />
      <MemberForm initial={EMPTY_MEMBER_FORM} groups={groups} />
    </div>
  );
}
