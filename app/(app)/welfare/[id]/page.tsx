import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, DetailList } from "@/components/ui/card";
import { requirePage } from "@/lib/auth/current-user";
import { formatDate, formatMoney } from "@/lib/format";
import { budgetForApproval, budgetWarning } from "@/lib/welfare/budget";
import { FUND_LABELS, VISIT_STATE_LABELS, VISIT_STATE_TONES } from "@/lib/welfare/labels";
import { getVisit, getVisitHistory } from "@/lib/welfare/queries";
import { isEditable } from "@/lib/welfare/service";
import { visitTitle } from "@/lib/welfare/title";
import { VisitActions } from "./visit-actions";
import { VisitHistory } from "./visit-history";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const t = await visitTitle((await params).id);
  return { title: t ? `${t}` : "Thăm hỏi" };
}

export default async function VisitPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePage("welfare.read.all", "welfare.read.group", "welfare.read.own");
  const { id } = await params;
  const [visit, history] = await Promise.all([getVisit(actor, id), getVisitHistory(actor, id)]);
  if (!visit) notFound();
  const p = actor.permissions;
  // The dự toán as the approval will check it: the visit itself not yet committed.
  const budget = await budgetForApproval(actor, visit);
  const back = p.has("welfare.read.all") || p.has("welfare.read.group") ? "/welfare" : "/me/welfare";
  return (
    <>
      <PageHeader
        title={`${visit.category.name}: ${visit.member.fullName}`}
        subtitle={
          <span className="inline-flex flex-wrap items-center gap-2">
            {visit.member.group.name} · ngày {formatDate(visit.eventOn)}{" "}
            <Badge tone={VISIT_STATE_TONES[visit.state]}>{VISIT_STATE_LABELS[visit.state]}</Badge>
          </span>
        }
        actions={
          <>
            <Link href={back} className={buttonClass("secondary")}>
              ← Danh sách
            </Link>
            {p.has("welfare.record") && isEditable(visit.state) && (
              <Link href={`/welfare/${id}/edit`} className={buttonClass("secondary")}>
                Sửa
              </Link>
            )}
          </>
        }
      />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[3fr_2fr]">
        <div className="flex flex-col gap-4">
          <VisitActions
            id={id}
            state={visit.state}
            canApprove={p.has("welfare.approve")}
            canRecord={p.has("welfare.record")}
            approval={{
              summary: `${visit.category.name.toLowerCase()}, ${visit.member.fullName} (${visit.member.group.name})`,
              amount: visit.amount,
              budget,
              warning: budgetWarning(budget),
              reason: visit.budgetOverrideReason,
            }}
          />
          <Card title="Thông tin thăm hỏi">
            <DetailList
              items={[
                ["Đoàn viên", visit.member.fullName],
                [
                  "Người được thăm",
                  visit.relativeName ? `${visit.relativeName} (${visit.relationship})` : "Đoàn viên",
                ],
                ["Loại", visit.category.name],
                ["Ngày sự việc", formatDate(visit.eventOn)],
                ["Ngày thăm / chi", formatDate(visit.visitedOn)],
                [
                  "Số tiền",
                  <span key="a" className="font-semibold tabular-nums">
                    {formatMoney(visit.amount)}
                  </span>,
                ],
                ["Quà hiện vật", visit.giftInKind],
                ["Nguồn chi", FUND_LABELS[visit.fund]],
                ["Số phiếu chi", visit.receiptNumber],
                ["Người đi thăm", visit.visitors.map((v) => v.member.fullName).join(", ")],
                ["Ghi chú", visit.note],
              ]}
            />
          </Card>
          {visit.overrideReason && (
            <Card title="Vượt quy chế, có quyết định của BCH">
              <DetailList
                items={[
                  ["Lý do", visit.overrideReason],
                  ["Số quyết định / biên bản", visit.overrideDecisionRef],
                ]}
              />
            </Card>
          )}
          {visit.budgetOverrideReason && (
            <Card title="Chi vượt dự toán">
              <DetailList items={[["Lý do", visit.budgetOverrideReason]]} />
            </Card>
          )}
          {visit.state === "CANCELLED" && (
            <Card title="Đã hủy">
              <DetailList
                items={[
                  ["Lý do hủy", visit.cancelReason],
                  ["Ngày hủy", formatDate(visit.cancelledAt)],
                ]}
              />
            </Card>
          )}
        </div>
        <VisitHistory rows={history} />
      </div>
    </>
  );
}
