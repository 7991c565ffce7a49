import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/inspections/action-form";
import { StepButton } from "@/components/inspections/step-button";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { can, requirePage } from "@/lib/auth/current-user";
import { formatDate } from "@/lib/format";
import { pageYear } from "@/lib/http/params";
import { archivePlanItemAction } from "@/lib/inspections/actions";
import {
  INSPECTED_PARTY_DEFAULT,
  STATUS_LABELS,
  STATUS_TONES,
  SUBJECT_LABELS,
  SUBJECTS,
} from "@/lib/inspections/labels";
import { findInspections, findPlan } from "@/lib/inspections/queries";
import { findUbktMembers } from "@/lib/inspections/ubkt-members";

export const metadata: Metadata = { title: "Kiểm tra, giám sát" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const MONTHS = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: `Tháng ${i + 1}` }));
const SUBJECT_OPTIONS = SUBJECTS.map((s) => ({ value: s, label: SUBJECT_LABELS[s] }));

export default async function InspectionsPage({ searchParams }: Props) {
  const actor = await requirePage("inspections.read");
  const sp = await searchParams;
  const year = pageYear(typeof sp.year === "string" ? sp.year : undefined);
  const manage = can(actor, "inspections.manage");
  const [plan, inspections, ubkt] = await Promise.all([
    findPlan(actor, year),
    findInspections(actor, year),
    manage ? findUbktMembers(actor.unitId) : [],
  ]);
  const standingPlan = plan.filter((p) => !p.archivedAt);
  const yearLink = (y: number, label: string) => (
    <Link href={`/inspections?year=${y}`} className={buttonClass("secondary")}>
      {label}
    </Link>
  );
  return (
    <>
      <PageHeader
        title={`Kiểm tra, giám sát năm ${year}`}
        subtitle="Công việc của Ủy ban Kiểm tra: kế hoạch kiểm tra năm, các cuộc kiểm tra, kiến nghị và việc Ban Chấp hành thực hiện."
        actions={
          <>
            {yearLink(year - 1, `‹ ${year - 1}`)}
            {yearLink(year + 1, `${year + 1} ›`)}
            <Link href={`/print/inspections/report?year=${year}`} className={buttonClass("secondary")}>
              Báo cáo của UBKT
            </Link>
          </>
        }
      />
      <div className="flex flex-col gap-5">
        <Card
          title={`Kế hoạch kiểm tra năm ${year}`}
          actions={
            <div className="flex flex-wrap gap-2">
              <Link href={`/print/inspections/plan?year=${year}`} className={buttonClass("secondary")}>
                In kế hoạch
              </Link>
              {manage && (
                <ActionForm
                  form="planItem"
                  openLabel="Thêm nội dung"
                  title={`Thêm nội dung vào kế hoạch năm ${year}`}
                  fixed={{ year }}
                  defaults={{
                    subject: "FINANCE",
                    content: "",
                    periodLabel: `Năm ${year - 1}`,
                    plannedMonth: "1",
                    team: "",
                  }}
                  fields={[
                    {
                      name: "subject",
                      label: "Nội dung kiểm tra",
                      type: "select",
                      options: SUBJECT_OPTIONS,
                      required: true,
                    },
                    {
                      name: "content",
                      label: "Đối tượng, nội dung cụ thể",
                      type: "textarea",
                      required: true,
                    },
                    { name: "periodLabel", label: "Thời kỳ được kiểm tra", type: "text", required: true },
                    {
                      name: "plannedMonth",
                      label: "Tháng dự kiến",
                      type: "select",
                      options: MONTHS,
                      required: true,
                    },
                    { name: "team", label: "Phân công (đoàn kiểm tra)", type: "text", required: true },
                  ]}
                  success="Đã thêm vào kế hoạch kiểm tra."
                />
              )}
            </div>
          }
        >
          {plan.length === 0 ? (
            <p className="text-sm text-ink-muted">
              Chưa có kế hoạch kiểm tra năm {year}.{" "}
              {manage
                ? "Hãy thêm từng nội dung kiểm tra với tháng dự kiến."
                : "Ủy ban Kiểm tra lập kế hoạch ở đây."}
            </p>
          ) : (
            <ol className="flex flex-col divide-y divide-surface-line" data-testid="inspection-plan">
              {plan.map((p) => (
                <li
                  key={p.id}
                  className={`flex flex-wrap items-start justify-between gap-2 py-3 ${p.archivedAt ? "opacity-60" : ""}`}
                >
                  <div className="min-w-0">
                    <p className="font-medium text-ink">
                      Tháng {p.plannedMonth} · {SUBJECT_LABELS[p.subject]}
                      {p.archivedAt && " (đã bỏ khỏi kế hoạch)"}
                    </p>
                    <p className="text-sm">{p.content}</p>
                    <p className="text-xs text-ink-muted">
                      Thời kỳ: {p.periodLabel} · Phân công: {p.team}
                    </p>
                  </div>
                  <div className="flex flex-wrap items-center gap-2">
                    {p.inspections.map((i) => (
                      <Link key={i.id} href={`/inspections/${i.id}`}>
                        <Badge tone={STATUS_TONES[i.status]}>{STATUS_LABELS[i.status]}</Badge>
                      </Link>
                    ))}
                    {manage && !p.archivedAt && p.inspections.length === 0 && (
                      <StepButton
                        action={archivePlanItemAction}
                        input={{ id: p.id }}
                        label="Bỏ khỏi kế hoạch"
                        confirm="Bỏ nội dung này khỏi kế hoạch? Nội dung vẫn được lưu, đánh dấu đã bỏ."
                        success="Đã bỏ khỏi kế hoạch."
                      />
                    )}
                  </div>
                </li>
              ))}
            </ol>
          )}
        </Card>

        <Card
          title="Các cuộc kiểm tra"
          actions={
            manage && (
              <ActionForm
                form="inspection"
                openLabel="Tạo cuộc kiểm tra"
                title="Tạo cuộc kiểm tra"
                testId="new-inspection"
                fixed={{ year }}
                defaults={{
                  planItemId: "",
                  subject: "FINANCE",
                  title: "",
                  inspectedParty: INSPECTED_PARTY_DEFAULT,
                  periodFrom: "",
                  periodTo: "",
                  leaderMemberId: ubkt[0]?.id ?? "",
                  memberIds: [],
                }}
                fields={[
                  {
                    name: "planItemId",
                    label: "Theo kế hoạch",
                    type: "select",
                    options: [
                      { value: "", label: "— Ngoài kế hoạch —" },
                      ...standingPlan.map((p) => ({
                        value: p.id,
                        label: `Tháng ${p.plannedMonth}: ${p.content}`,
                      })),
                    ],
                  },
                  {
                    name: "subject",
                    label: "Nội dung kiểm tra",
                    type: "select",
                    options: SUBJECT_OPTIONS,
                    required: true,
                  },
                  { name: "title", label: "Tên cuộc kiểm tra", type: "text", required: true },
                  { name: "inspectedParty", label: "Đối tượng được kiểm tra", type: "text", required: true },
                  { name: "periodFrom", label: "Thời kỳ kiểm tra: từ ngày", type: "date", required: true },
                  { name: "periodTo", label: "đến ngày", type: "date", required: true },
                  {
                    name: "leaderMemberId",
                    label: "Trưởng đoàn",
                    type: "select",
                    options: ubkt.map((m) => ({ value: m.id, label: `${m.fullName} (${m.title})` })),
                    required: true,
                  },
                  {
                    name: "memberIds",
                    label: "Thành viên đoàn",
                    type: "checkboxes",
                    options: ubkt.map((m) => ({ value: m.id, label: `${m.fullName} (${m.title})` })),
                  },
                ]}
                success="Đã tạo cuộc kiểm tra."
              />
            )
          }
        >
          {inspections.length === 0 ? (
            <EmptyState title={`Chưa có cuộc kiểm tra nào năm ${year}`}>
              {manage
                ? "Tạo cuộc kiểm tra theo kế hoạch, ghi phát hiện và kiến nghị, rồi kết luận."
                : "Khi Ủy ban Kiểm tra kết luận, kiến nghị gửi Ban Chấp hành sẽ hiện ở đây."}
            </EmptyState>
          ) : (
            <ul className="flex flex-col gap-3" data-testid="inspection-list">
              {inspections.map((i) => (
                <li
                  key={i.id}
                  className="rounded-card border border-surface-line p-3"
                  data-testid="inspection"
                >
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <Link
                      href={`/inspections/${i.id}`}
                      className="min-w-0 font-medium text-brand-700 underline-offset-2 hover:underline"
                    >
                      {i.title}
                    </Link>
                    <Badge tone={STATUS_TONES[i.status]}>{STATUS_LABELS[i.status]}</Badge>
                  </div>
                  <p className="text-sm text-ink-muted">
                    {SUBJECT_LABELS[i.subject]} · {i.inspectedParty} · thời kỳ {formatDate(i.periodFrom)} –{" "}
                    {formatDate(i.periodTo)}
                  </p>
                  <p className="text-sm">
                    {i.findingCount} phát hiện · {i.recommendationCount} kiến nghị
                    {i.pendingCount > 0 && ` · còn ${i.pendingCount} chưa hoàn thành`}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
