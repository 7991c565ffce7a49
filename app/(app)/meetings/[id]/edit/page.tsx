import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { PageHeader } from "@/components/page-header";
import { Card } from "@/components/ui/card";
import { can, requirePage } from "@/lib/auth/current-user";
import { formatAtMoment } from "@/lib/format";
import { getMeeting, getMeetingFormOptions } from "@/lib/meetings/detail-queries";
import { toVnParts } from "@/lib/meetings/service";
import { meetingTitle } from "@/lib/meetings/title";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const t = await meetingTitle((await params).id);
  return { title: t ? `Sửa cuộc họp: ${t}` : "Sửa cuộc họp" };
}

export default async function EditMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("meetings.manage", "meetings.manage.group");
  const m = await getMeeting(actor, (await params).id);
  if (!m || !m.canManage) notFound();
  if (m.status === "MINUTES_SIGNED")
    return (
      <>
        <PageHeader title="Sửa cuộc họp" subtitle={m.title} />
        <Card>
          <div role="status" data-testid="meeting-signed" className="flex flex-col gap-3 text-sm text-ink">
            <p className="font-medium">
              Biên bản cuộc họp này đã ký {formatAtMoment(m.signedAt)} nên không sửa được thông tin cuộc họp.
            </p>
            <p className="text-ink-muted">
              Muốn sửa, chủ tịch hoặc người chủ trì mở lại biên bản (có ghi lý do) ở trang cuộc họp.
            </p>
            <p>
              <Link href={`/meetings/${m.id}`} className="text-brand-700 underline">
                ← Về trang cuộc họp
              </Link>
            </p>
          </div>
        </Card>
      </>
    );
  const options = await getMeetingFormOptions(actor);
  const { date, time } = toVnParts(m.startsAt);
  return (
    <>
      <PageHeader title="Sửa cuộc họp" subtitle={m.title} />
      <Card>
        <MeetingForm
          {...options}
          groupRequired={!can(actor, "meetings.manage")}
          existing={{ id: m.id, version: m.version }}
          initial={{
            type: m.type,
            title: m.title,
            date,
            startTime: time,
            place: m.place,
            groupId: m.groupId ?? "",
            chairMemberId: m.chairMemberId ?? "",
            secretaryMemberId: m.secretaryMemberId ?? "",
            preparatoryMeetingId: m.preparatoryMeetingId ?? "",
            agenda: m.agendaItems.map((a) => ({ id: a.id, title: a.title, isMain: a.isMain })),
            invite: "none",
          }}
        />
      </Card>
    </>
  );
}
