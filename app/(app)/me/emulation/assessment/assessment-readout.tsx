import { Card } from "@/components/ui/card";
import { COMMITMENT_KIND_LABELS, COMMITMENT_RESULT_LABELS } from "@/lib/emulation/labels";
import type { AssessmentView } from "@/lib/emulation/queries/assessments";
import { groupCriteria } from "@/lib/emulation/queries/years";

/** A submitted self-assessment as read by the member or the tổ trưởng. */
export function AssessmentReadout({ view }: { view: AssessmentView }) {
  const a = view.assessment!;
  const score = new Map(a.scores.map((s) => [s.criterionId, s.selfPoints]));
  const outcome = new Map(a.outcomes.map((o) => [o.commitmentId, o]));
  let no = 0;
  return (
    <Card title={`Tổng ${a.totalPoints} điểm · ${a.proposedLevel ?? ""}`}>
      <div className="flex flex-col gap-4 text-sm">
        {groupCriteria(view.template.criteria).map((g) => (
          <div key={g.name}>
            <p className="font-semibold">
              {g.name} ({g.maxPoints} điểm)
            </p>
            <ul className="mt-1 divide-y divide-surface-line">
              {g.criteria.map((c) => (
                <li key={c.id} className="flex justify-between gap-3 py-1.5">
                  <span>
                    {++no}. {c.content}
                  </span>
                  <b className="whitespace-nowrap">
                    {score.get(c.id) ?? "—"}/{c.maxPoints}
                  </b>
                </li>
              ))}
            </ul>
          </div>
        ))}
        {view.registration?.state === "APPROVED" && view.registration.commitments.length > 0 && (
          <div>
            <p className="font-semibold">Kết quả thực hiện cam kết</p>
            <ul className="mt-1 list-disc pl-5">
              {view.registration.commitments.map((c) => (
                <li key={c.id}>
                  {COMMITMENT_KIND_LABELS[c.kind]}: {c.content} —{" "}
                  <b>
                    {outcome.get(c.id)
                      ? COMMITMENT_RESULT_LABELS[outcome.get(c.id)!.result]
                      : "chưa đánh giá"}
                  </b>
                  {outcome.get(c.id)?.evidence && ` (${outcome.get(c.id)!.evidence})`}
                </li>
              ))}
            </ul>
          </div>
        )}
        {a.comment && (
          <p>
            <span className="font-semibold">Nhận xét:</span> {a.comment}
          </p>
        )}
      </div>
    </Card>
  );
}
