import { ActionForm } from "@/components/inspections/action-form";
import { StepButton } from "@/components/inspections/step-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatDate, formatDateTime } from "@/lib/format";
import { reviewResponseAction, withdrawRecommendationAction } from "@/lib/inspections/actions";
import { RECOMMENDATION_LABELS, RECOMMENDATION_TONES } from "@/lib/inspections/labels";
import type { InspectionDetail } from "@/lib/inspections/queries";

/**
 * The kiến nghị with the BCH's answers and the UBKT's verdicts: the UBKT adds them while inspecting
 * and reviews the answers; the BCH answers once the inspection is concluded.
 */
export function RecommendationList({
  inspection: i,
  manage,
  respond,
  today,
}: {
  inspection: InspectionDetail;
  manage: boolean;
  respond: boolean;
  today: string;
}) {
  const recording = manage && i.status === "IN_PROGRESS";
  const concluded = i.status === "CONCLUDED";
  const findings = i.findings.filter((f) => !f.withdrawnAt);
  return (
    <Card
      title={`Kiến nghị (${i.recommendations.filter((r) => r.status !== "WITHDRAWN").length})`}
      actions={
        recording && (
          <ActionForm
            form="recommendation"
            openLabel="Thêm kiến nghị"
            title="Thêm kiến nghị"
            testId="add-recommendation"
            fixed={{ inspectionId: i.id }}
            defaults={{
              findingId: findings[0]?.id ?? "",
              text: "",
              responsible: "Ban Chấp hành CĐCS",
              dueOn: "",
            }}
            fields={[
              {
                name: "findingId",
                label: "Về phát hiện",
                type: "select",
                options: [
                  { value: "", label: "— Chung —" },
                  ...findings.map((f, n) => ({ value: f.id, label: `${n + 1}. ${f.text.slice(0, 80)}` })),
                ],
              },
              { name: "text", label: "Nội dung kiến nghị", type: "textarea", required: true },
              { name: "responsible", label: "Trách nhiệm thực hiện", type: "text", required: true },
              { name: "dueOn", label: "Thời hạn", type: "date", required: true },
            ]}
            success="Đã thêm kiến nghị."
          />
        )
      }
    >
      {i.recommendations.length === 0 ? (
        <p className="text-sm text-ink-muted">Chưa có kiến nghị nào.</p>
      ) : (
        <ol className="flex flex-col gap-3" data-testid="recommendations">
          {i.recommendations.map((r, n) => (
            <li key={r.id} className="rounded-lg border border-surface-line p-3" data-testid="recommendation">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <p className="min-w-0 whitespace-pre-line text-sm font-medium">
                  {n + 1}. {r.text}
                </p>
                <Badge tone={RECOMMENDATION_TONES[r.status]}>{RECOMMENDATION_LABELS[r.status]}</Badge>
              </div>
              <p className="text-xs text-ink-muted">
                Trách nhiệm: {r.responsible} · Thời hạn: {formatDate(r.dueOn)}
              </p>
              {r.responses.map((x) => (
                <div
                  key={x.id}
                  className="mt-2 rounded-lg bg-surface-sunken p-2 text-sm"
                  data-testid="response"
                >
                  <p className="text-xs text-ink-muted">
                    BCH trả lời · {x.respondedByName} · {formatDateTime(x.respondedAt)} · thực hiện ngày{" "}
                    {formatDate(x.doneOn)}
                  </p>
                  <p className="whitespace-pre-line">{x.text}</p>
                  {x.accepted !== null && (
                    <p className="mt-1 text-xs">
                      <strong>{x.accepted ? "UBKT chấp nhận" : "UBKT yêu cầu làm lại"}</strong> ·{" "}
                      {x.reviewedByName} · {formatDateTime(x.reviewedAt)}
                      {x.reviewNote && `: ${x.reviewNote}`}
                    </p>
                  )}
                </div>
              ))}
              <div className="mt-2 flex flex-wrap gap-2">
                {respond && concluded && r.status === "OPEN" && (
                  <ActionForm
                    form="respond"
                    openLabel="Trả lời kiến nghị"
                    title="Ban Chấp hành trả lời kiến nghị"
                    testId="respond"
                    fixed={{ recommendationId: r.id }}
                    defaults={{ text: "", doneOn: today }}
                    fields={[
                      { name: "text", label: "Đã thực hiện", type: "textarea", required: true },
                      { name: "doneOn", label: "Ngày thực hiện", type: "date", required: true },
                    ]}
                    success="Đã gửi câu trả lời cho Ủy ban Kiểm tra."
                  />
                )}
                {manage && concluded && r.status === "ANSWERED" && (
                  <>
                    <StepButton
                      action={reviewResponseAction}
                      input={{ recommendationId: r.id, accepted: true, note: "" }}
                      label="Chấp nhận"
                      variant="primary"
                      success="Đã chấp nhận: kiến nghị đã hoàn thành."
                    />
                    <ActionForm
                      form="askAgain"
                      openLabel="Yêu cầu làm lại"
                      variant="secondary"
                      title="Yêu cầu Ban Chấp hành thực hiện lại"
                      fixed={{ recommendationId: r.id, accepted: false }}
                      defaults={{ note: "" }}
                      fields={[{ name: "note", label: "Điều còn thiếu", type: "textarea", required: true }]}
                      success="Đã gửi lại kiến nghị cho Ban Chấp hành."
                    />
                  </>
                )}
                {recording && r.status === "OPEN" && (
                  <StepButton
                    action={withdrawRecommendationAction}
                    input={{ id: r.id }}
                    label="Rút kiến nghị"
                    confirm="Rút kiến nghị này? Nó vẫn được lưu, đánh dấu đã rút."
                    success="Đã rút kiến nghị."
                  />
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
