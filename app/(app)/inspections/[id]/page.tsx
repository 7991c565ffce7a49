import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/inspections/action-form";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/ui/badge";
import { Card, DetailList } from "@/components/ui/card";
import { can, requirePage } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { isAppError } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import { withdrawFindingAction } from "@/lib/inspections/actions";
import { evidenceKindLabel } from "@/lib/inspections/evidence";
import { findEvidenceOptions } from "@/lib/inspections/evidence-records";
import {
  SEVERITIES,
  SEVERITY_LABELS,
  STATUS_LABELS,
  STATUS_TONES,
  SUBJECT_LABELS,
} from "@/lib/inspections/labels";
import { getInspection } from "@/lib/inspections/queries";
import { FindingList } from "./finding-list";
import { InspectionSteps } from "./inspection-steps";
import { RecommendationList } from "./recommendation-list";

export const metadata: Metadata = { title: "Cuộc kiểm tra" };

type Props = { params: Promise<{ id: string }> };

export default async function InspectionPage({ params }: Props) {
  const actor = await requirePage("inspections.read");
  const { id } = await params;
  const i = await getInspection(actor, id).catch((e: unknown) => {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const manage = can(actor, "inspections.manage");
  const recording = manage && i.status === "IN_PROGRESS";
  const evidence = recording
    ? await findEvidenceOptions(actor.unitId, { from: i.periodFrom, to: i.periodTo })
    : [];
  const findings = i.findings.filter((f) => !f.withdrawnAt);
  const today = formatDate(clock.today()); // a form default, shown dd/mm/yyyy
  return (
    <>
      <PageHeader
        title={i.title}
        subtitle={
          <>
            <Badge tone={STATUS_TONES[i.status]}>{STATUS_LABELS[i.status]}</Badge> {SUBJECT_LABELS[i.subject]}{" "}
            ·{" "}
            <Link className="underline" href={`/inspections?year=${i.year}`}>
              năm {i.year}
            </Link>
          </>
        }
        actions={<InspectionSteps inspection={i} manage={manage} today={today} />}
      />
      <div className="flex flex-col gap-5">
        <Card>
          <DetailList
            items={[
              ["Đối tượng được kiểm tra", i.inspectedParty],
              ["Thời kỳ kiểm tra", `${formatDate(i.periodFrom)} – ${formatDate(i.periodTo)}`],
              ["Theo kế hoạch", i.planItem?.content ?? "Ngoài kế hoạch"],
              [
                "Đoàn kiểm tra",
                i.team.map((t) => `${t.member.fullName}${t.isLeader ? " (trưởng đoàn)" : ""}`).join(", "),
              ],
              ["Bắt đầu", formatDate(i.startedOn) || "—"],
              ["Kết luận ngày", formatDate(i.concludedOn) || "—"],
              ...(i.closedOn ? [["Khép lại ngày", formatDate(i.closedOn)] as [string, string]] : []),
              ...(i.withdrawnReason ? [["Lý do rút", i.withdrawnReason] as [string, string]] : []),
            ]}
          />
        </Card>

        <Card
          title={`Phát hiện (${findings.length})`}
          actions={
            recording && (
              <ActionForm
                form="finding"
                openLabel="Ghi phát hiện"
                title="Ghi phát hiện"
                testId="add-finding"
                fixed={{ inspectionId: i.id }}
                defaults={{ text: "", severity: "SHORTCOMING", evidence: [] }}
                fields={[
                  { name: "text", label: "Nội dung phát hiện", type: "textarea", required: true },
                  {
                    name: "severity",
                    label: "Mức độ",
                    type: "select",
                    options: SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABELS[s] })),
                    required: true,
                  },
                  {
                    name: "evidence",
                    label: "Hồ sơ dẫn chứng",
                    type: "evidence",
                    hint: "Chọn các hồ sơ trong đơn vị đã đối chiếu (thăm hỏi, cuộc họp, xếp loại, đoàn viên, phiếu thu chi, kỳ thu chi, nộp đoàn phí).",
                    groups: evidence.map((g) => ({
                      label: evidenceKindLabel(g.kind),
                      options: g.options.map((o) => ({ value: `${o.kind}:${o.refId}`, label: o.label })),
                    })),
                  },
                ]}
                success="Đã ghi phát hiện."
              />
            )
          }
        >
          <FindingList findings={i.findings} withdraw={recording ? withdrawFindingAction : undefined} />
        </Card>

        {i.conclusion && (
          <Card title="Kết luận">
            <p className="whitespace-pre-line text-sm" data-testid="conclusion">
              {i.conclusion}
            </p>
            <p className="mt-2 text-xs text-ink-muted">
              Đại diện bên được kiểm tra: {i.inspectedRepName}, {i.inspectedRepTitle}
            </p>
          </Card>
        )}

        <RecommendationList
          inspection={i}
          manage={manage}
          respond={can(actor, "inspections.respond")}
          today={today}
        />
      </div>
    </>
  );
}
