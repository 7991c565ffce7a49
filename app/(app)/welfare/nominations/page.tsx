import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePage } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/format";
import { NOMINATION_STATE_LABELS } from "@/lib/welfare/labels";
import { listNominations, listProposableMembers } from "@/lib/welfare/queries";
import { nextNominationStates } from "@/lib/welfare/service";
import { NominationDialog } from "./nomination-dialog";
import { NominationMove } from "./nomination-move";

export const metadata: Metadata = { title: "Mái ấm Công đoàn" };

export default async function NominationsPage() {
  const actor = await requirePage("welfare.read.all");
  const p = actor.permissions;
  const [rows, members] = await Promise.all([
    listNominations(actor),
    p.has("welfare.propose") ? listProposableMembers(actor) : [],
  ]);
  return (
    <>
      <PageHeader
        title="Mái ấm Công đoàn"
        subtitle="Đề nghị công đoàn cấp trên hỗ trợ xây, sửa nhà cho đoàn viên khó khăn. Không phải khoản chi của CĐCS."
        actions={
          <>
            <Link href="/welfare" className="text-sm text-brand-700 underline">
              ← Thăm hỏi
            </Link>
            {p.has("welfare.propose") && (
              <NominationDialog
                members={members.map((m) => ({ id: m.id, label: `${m.fullName} (${m.group.name})` }))}
              />
            )}
          </>
        }
      />
      {rows.length === 0 ? (
        <EmptyState title="Chưa có đề nghị Mái ấm Công đoàn nào">
          Khi có đoàn viên gặp khó khăn về nhà ở, bấm “Đề xuất Mái ấm” để ghi lại.
        </EmptyState>
      ) : (
        <ul className="flex flex-col gap-3" data-testid="nominations">
          {rows.map((n) => (
            <li key={n.id} className="rounded-card border border-surface-line bg-white p-4">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="font-medium">
                  {n.member.fullName}{" "}
                  <span className="font-normal text-ink-muted">
                    · {n.member.group.name} · đề xuất {formatDate(n.proposedOn)}
                  </span>
                </p>
                <Badge tone={n.state === "REJECTED" ? "gray" : n.state === "HANDED_OVER" ? "green" : "blue"}>
                  {NOMINATION_STATE_LABELS[n.state]}
                </Badge>
              </div>
              <p className="mt-1 text-sm">{n.situation}</p>
              {n.decisionRef && <p className="mt-1 text-xs text-ink-muted">Văn bản: {n.decisionRef}</p>}
              {p.has("welfare.record") && nextNominationStates(n.state).length > 0 && (
                <NominationMove id={n.id} next={nextNominationStates(n.state)} />
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
