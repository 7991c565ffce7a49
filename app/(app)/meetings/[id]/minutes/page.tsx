import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePage } from "@/lib/auth/current-user";
import { getMeeting } from "@/lib/meetings/detail-queries";
import { toVnParts } from "@/lib/meetings/service";
import { meetingTitle } from "@/lib/meetings/title";
import { MinutesForm } from "./minutes-form";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const t = await meetingTitle((await params).id);
  return { title: t ? `Biên bản: ${t}` : "Ghi biên bản" };
}

const str = (n: number | null) => (n === null ? "" : String(n));

export default async function MinutesPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("meetings.manage", "meetings.manage.group");
  const m = await getMeeting(actor, (await params).id);
  if (!m || !m.canManage) notFound();
  const back = (
    <Link href={`/meetings/${m.id}`} className="text-brand-700 underline">
      Quay lại cuộc họp
    </Link>
  );
  if (m.status === "MINUTES_SIGNED")
    return (
      <EmptyState title="Biên bản đã ký nên đã khóa.">
        Chủ trì hoặc chủ tịch mở lại biên bản (ghi lý do) thì mới sửa được. {back}
      </EmptyState>
    );
  if (m.status === "PLANNED")
    return (
      <EmptyState title="Cuộc họp chưa diễn ra.">
        Hãy đánh dấu “Đã họp” trên trang cuộc họp trước khi ghi biên bản. {back}
      </EmptyState>
    );
  const items = m.agendaItems.length
    ? m.agendaItems
    : [
        {
          id: undefined,
          title: "",
          isMain: true,
          discussion: null,
          votesFor: null,
          votesAgainst: null,
          votesOther: null,
          conclusion: null,
        },
      ];
  return (
    <>
      <PageHeader title="Ghi biên bản" subtitle={m.title} />
      <MinutesForm
        present={m.counts.present}
        initial={{
          meetingId: m.id,
          version: m.version,
          endTime: toVnParts(m.endsAt).time,
          items: items.map((i) => ({
            id: i.id,
            title: i.title,
            isMain: i.isMain,
            discussion: i.discussion ?? "",
            votesFor: str(i.votesFor),
            votesAgainst: str(i.votesAgainst),
            votesOther: str(i.votesOther),
            conclusion: i.conclusion ?? "",
          })),
        }}
      />
    </>
  );
}
