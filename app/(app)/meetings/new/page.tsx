import type { Metadata } from "next";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/ui/card";
import { can, requirePage } from "@/lib/auth/current-user";
import { getMeetingFormOptions } from "@/lib/meetings/detail-queries";
import { defaultInvite } from "@/lib/meetings/invite-defaults";

export const metadata: Metadata = { title: "Lập cuộc họp" };

export default async function NewMeetingPage() {
  const actor = await requirePage("meetings.manage", "meetings.manage.group");
  const options = await getMeetingFormOptions(actor);
  const groupRequired = !can(actor, "meetings.manage");
  const firstGroup = groupRequired ? (options.groups[0]?.id ?? "") : "";
  return (
    <>
      <PageHeader
        title="Lập cuộc họp"
        subtitle="Dự kiến thời gian, địa điểm, chủ trì, thư ký và chương trình; chọn người được mời."
      />
      <Card>
        <MeetingForm
          {...options}
          groupRequired={groupRequired}
          initial={{
            type: groupRequired ? "GROUP" : "BCH_REGULAR",
            title: "",
            date: "",
            startTime: "14:00",
            place: "",
            groupId: firstGroup,
            chairMemberId: actor.memberId ?? "",
            secretaryMemberId: "",
            preparatoryMeetingId: "",
            agenda: [{ title: "", isMain: true }],
            invite: defaultInvite(groupRequired ? "GROUP" : "BCH_REGULAR", groupRequired),
          }}
        />
      </Card>
    </>
  );
}
