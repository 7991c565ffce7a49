import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { can, requirePage } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { formatDate } from "@/lib/format";
import { listGroupOptions } from "@/lib/groups/queries";
import { getTermView, listAssignableMembers } from "@/lib/terms/queries";
import { termParamsSchema } from "@/lib/terms/schema";
import { PastPositions } from "./past-positions";
import { PositionAssignDialog } from "./position-assign-dialog";
import { GroupOfficerList, PositionList } from "./position-list";
import { TermCreateDialog } from "./term-create-dialog";
import { TermSelector } from "./term-selector";

export const metadata: Metadata = { title: "Nhiệm kỳ & chức vụ" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function TermsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePage("positions.read");
  const raw = await searchParams;
  const { term: termId } = termParamsSchema.parse({ term: Array.isArray(raw.term) ? raw.term[0] : raw.term });
  const canWrite = can(actor, "positions.write");
  const [view, groups, members] = await Promise.all([
    getTermView(actor, termId || undefined),
    listGroupOptions(actor),
    canWrite ? listAssignableMembers(actor) : Promise.resolve([]),
  ]);
  if (termId && !view.term) notFound();

  if (!view.term) return <NoTerm canWrite={canWrite} />;
  const { term } = view;
  const today = clock.today();
  const defaultStartOn = formatDate(term.isCurrent ? today : term.startOn);
  const assign = (office?: "BCH_MEMBER" | "UBKT_MEMBER" | "GROUP_LEADER", label?: string) =>
    canWrite && (
      <PositionAssignDialog
        termId={term.id}
        defaultStartOn={defaultStartOn}
        defaultOffice={office}
        label={label}
        members={members}
        groups={groups}
      />
    );
  const bchSize = new Set(view.bch.filter((p) => p.phase === "current").map((p) => p.member.id)).size;
  const stillOpen =
    term.endOn < today
      ? [...view.bch, ...view.ubkt, ...view.groupOfficers].filter((p) => !p.endOn).length
      : 0;
  const emptyHint = canWrite ? " Bấm “+ Thêm” để giao." : "";

  return (
    <>
      <PageHeader
        title="Nhiệm kỳ & chức vụ"
        subtitle={
          <>
            {term.name} · {formatDate(term.startOn)} – {formatDate(term.endOn)}{" "}
            <TermBadge term={term} today={today} />
          </>
        }
        actions={
          <>
            <TermSelector terms={view.terms} value={term.id} />
            {canWrite && <TermCreateDialog />}
            {assign()}
          </>
        }
      />
      {stillOpen > 0 && <StillOpenNotice count={stillOpen} canWrite={canWrite} />}
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={`Ban Chấp hành (${bchSize})`} actions={assign("BCH_MEMBER", "+ Thêm")}>
          {term.isCurrent && <BchSizeNotice size={bchSize} />}
          <PositionList
            rows={view.bch}
            canWrite={canWrite}
            empty={`Chưa giao chức vụ nào trong Ban Chấp hành cho nhiệm kỳ này.${emptyHint}`}
          />
        </Card>
        <Card title="Ủy ban Kiểm tra" actions={assign("UBKT_MEMBER", "+ Thêm")}>
          <PositionList
            rows={view.ubkt}
            canWrite={canWrite}
            empty={`Chưa giao chức vụ nào trong Ủy ban Kiểm tra cho nhiệm kỳ này.${emptyHint}`}
          />
        </Card>
        <Card title="Tổ trưởng, tổ phó" actions={assign("GROUP_LEADER", "+ Thêm")} className="lg:col-span-2">
          <GroupOfficerList rows={view.groupOfficers} groups={groups} canWrite={canWrite} />
        </Card>
      </div>
      <PastPositions rows={view.past} />
    </>
  );
}

function NoTerm({ canWrite }: { canWrite: boolean }) {
  return (
    <>
      <PageHeader title="Nhiệm kỳ & chức vụ" actions={canWrite && <TermCreateDialog primary />} />
      <EmptyState title="Chưa có nhiệm kỳ nào">
        {canWrite
          ? "Bấm “+ Thêm nhiệm kỳ” để tạo nhiệm kỳ hiện tại (ví dụ 2023–2028), rồi giao chức vụ cho Ban Chấp hành, Ủy ban Kiểm tra và các tổ."
          : "Ban Chấp hành sẽ nhập nhiệm kỳ và các chức vụ."}
      </EmptyState>
    </>
  );
}

function TermBadge({ term, today }: { term: { isCurrent: boolean; startOn: Date }; today: Date }) {
  if (term.isCurrent) return <Badge tone="green">Đang diễn ra</Badge>;
  if (term.startOn > today) return <Badge tone="blue">Sắp tới</Badge>;
  return <Badge tone="gray">Đã kết thúc</Badge>;
}

function StillOpenNotice({ count, canWrite }: { count: number; canWrite: boolean }) {
  return (
    <p className="mb-4 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
      Nhiệm kỳ đã kết thúc nhưng còn {count} chức vụ chưa có ngày kết thúc: những người này vẫn được tính là
      đang giữ chức vụ.
      {canWrite && " Hãy kết thúc các chức vụ đó."}
    </p>
  );
}

/** Điều lệ: a BCH of a công đoàn cơ sở has 3 to 15 members. */
function BchSizeNotice({ size }: { size: number }) {
  if (size === 0 || (size >= 3 && size <= 15)) return null;
  return (
    <p className="mb-2 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
      Theo Điều lệ, BCH công đoàn cơ sở có từ 3 đến 15 ủy viên.
    </p>
  );
}
