import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePage } from "@/lib/auth/current-user";
import { formatDate, formatMoney } from "@/lib/format";
import { VISIT_STATE_LABELS, VISIT_STATE_TONES } from "@/lib/welfare/labels";
import { findOwnVisits } from "@/lib/welfare/queries";

export const metadata: Metadata = { title: "Thăm hỏi của tôi" };

/** A member's own welfare history: only theirs, whoever asks (the id comes from the session). */
export default async function MyWelfarePage() {
  const actor = await requirePage("welfare.read.own");
  const visits = await findOwnVisits(actor);
  return (
    <>
      <PageHeader
        title="Thăm hỏi của tôi"
        subtitle={`${actor.fullName} · ${visits.length} lượt`}
        actions={
          <Link href="/me" className="text-sm text-brand-700 underline">
            ← Của tôi
          </Link>
        }
      />
      {visits.length === 0 ? (
        <EmptyState title="Bạn chưa có lượt thăm hỏi nào">
          Khi bạn ốm đau, có việc hiếu hỉ hay khó khăn, hãy báo tổ trưởng để tổ đề xuất Ban Chấp hành thăm
          hỏi.
        </EmptyState>
      ) : (
        <ul className="flex flex-col gap-2" data-testid="my-visits">
          {visits.map((v) => (
            <li key={v.id} className="rounded-card border border-surface-line bg-white p-4">
              <div className="flex items-start justify-between gap-2">
                <Link href={`/welfare/${v.id}`} className="font-medium text-brand-700 hover:underline">
                  {v.category.name}
                </Link>
                <Badge tone={VISIT_STATE_TONES[v.state]}>{VISIT_STATE_LABELS[v.state]}</Badge>
              </div>
              <p className="mt-1 text-sm text-ink-muted">
                Ngày {formatDate(v.eventOn)}
                {v.visitedOn && ` · thăm ngày ${formatDate(v.visitedOn)}`}
                {v.relativeName && ` · ${v.relativeName} (${v.relationship})`}
              </p>
              <p className="mt-1 text-base font-semibold tabular-nums">
                {formatMoney(v.amount)}
                {v.giftInKind && (
                  <span className="ml-2 text-sm font-normal text-ink-muted">+ {v.giftInKind}</span>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
