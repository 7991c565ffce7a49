import Link from "next/link";
import { StepButton } from "@/components/inspections/step-button";
import { Badge } from "@/components/ui/badge";
import type { ActionResult } from "@/lib/errors";
import { evidenceHref, evidenceKindLabel } from "@/lib/inspections/evidence";
import { SEVERITY_LABELS, SEVERITY_TONES } from "@/lib/inspections/labels";
import type { InspectionDetail } from "@/lib/inspections/queries";

/** The findings with the records they rest on, as links; withdrawn ones stay, struck through. */
export function FindingList({
  findings,
  withdraw,
}: {
  findings: InspectionDetail["findings"];
  withdraw?: (raw: unknown) => Promise<ActionResult<unknown>>;
}) {
  if (findings.length === 0) return <p className="text-sm text-ink-muted">Chưa ghi phát hiện nào.</p>;
  return (
    <ol className="flex flex-col gap-3" data-testid="findings">
      {findings.map((f, n) => (
        <li key={f.id} className="rounded-lg bg-surface-sunken p-3" data-testid="finding">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <p
              className={`min-w-0 whitespace-pre-line text-sm ${f.withdrawnAt ? "line-through opacity-60" : ""}`}
            >
              {n + 1}. {f.text}
            </p>
            <Badge tone={SEVERITY_TONES[f.severity]}>
              {f.withdrawnAt ? "Đã rút" : SEVERITY_LABELS[f.severity]}
            </Badge>
          </div>
          {f.evidence.length > 0 && (
            <ul className="mt-2 flex flex-col gap-1 text-sm" aria-label="Hồ sơ dẫn chứng">
              {f.evidence.map((e) => {
                const href = evidenceHref(e);
                return (
                  <li key={`${e.kind}:${e.refId}`}>
                    <span className="text-xs text-ink-muted">{evidenceKindLabel(e.kind)}: </span>
                    {href ? (
                      <Link className="text-brand-700 underline" href={href}>
                        {e.label}
                      </Link>
                    ) : (
                      e.label
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          {withdraw && !f.withdrawnAt && (
            <div className="mt-2">
              <StepButton
                action={withdraw}
                input={{ id: f.id }}
                label="Rút phát hiện"
                confirm="Rút phát hiện này? Nó vẫn được lưu, đánh dấu đã rút."
                success="Đã rút phát hiện."
              />
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
