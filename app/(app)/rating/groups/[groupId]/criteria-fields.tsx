"use client";
// The per-criterion rows of one member: điểm chuẩn, tự chấm, and the tổ's score with its giải
// trình. Stacked on a phone, a row each on a wide screen.
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { inputClass } from "@/components/ui/field";
import type { MemberReviewValues } from "@/lib/rating/groups/schema";
import type { CriterionView, ScoreView } from "./types";

type Props = {
  prefix: string;
  criteria: CriterionView[];
  scores: Map<string, ScoreView>;
  register: UseFormRegister<MemberReviewValues>;
  errors: FieldErrors<MemberReviewValues>;
};

export function CriteriaFields({ prefix, criteria, scores, register, errors }: Props) {
  const scoreErrors = errors.scores as
    Record<string, { groupPoints?: { message?: string }; explanation?: { message?: string } }> | undefined;
  return (
    <div className="rounded-lg border border-surface-line">
      <div
        aria-hidden
        className="hidden grid-cols-[1fr_4rem_9rem_16rem] gap-2 border-b border-surface-line px-3 py-2 text-xs font-medium text-ink-muted sm:grid"
      >
        <span>Tiêu chí</span>
        <span>Tự chấm</span>
        <span>Tổ chấm</span>
        <span>Giải trình</span>
      </div>
      <ol className="flex flex-col divide-y divide-surface-line">
        {criteria.map((c, i) => {
          const s = scores.get(c.id);
          if (!s) return null;
          const e = scoreErrors?.[c.id];
          const pid = `${prefix}-score-${c.id}`;
          return (
            <li
              key={c.id}
              className="grid grid-cols-2 gap-2 p-3 sm:grid-cols-[1fr_4rem_9rem_16rem] sm:items-start"
            >
              <p className="col-span-2 text-sm text-ink sm:col-span-1">
                {i + 1}. {c.content}
                <span className="block text-xs text-ink-muted">Điểm chuẩn {c.maxPoints}</span>
              </p>
              <p className="text-sm">
                <span className="text-xs text-ink-muted sm:hidden">Tự chấm: </span>
                <b>{s.selfPoints}</b>
              </p>
              <div className="flex flex-col gap-1">
                <label htmlFor={`${pid}-points`} className="text-xs text-ink-muted">
                  Tổ chấm (tiêu chí {i + 1})
                </label>
                <input
                  id={`${pid}-points`}
                  inputMode="numeric"
                  placeholder={String(s.selfPoints)}
                  aria-invalid={!!e?.groupPoints || undefined}
                  className={inputClass(!!e?.groupPoints)}
                  {...register(`scores.${c.id}.groupPoints`)}
                />
                {e?.groupPoints?.message && (
                  <p
                    role="alert"
                    className="text-xs text-brand-700"
                    data-field-error={`scores.${c.id}.groupPoints`}
                  >
                    {e.groupPoints.message}
                  </p>
                )}
              </div>
              <div className="col-span-2 flex flex-col gap-1 sm:col-span-1">
                <label htmlFor={`${pid}-explanation`} className="text-xs text-ink-muted">
                  Giải trình (tiêu chí {i + 1})
                </label>
                <input
                  id={`${pid}-explanation`}
                  aria-invalid={!!e?.explanation || undefined}
                  className={inputClass(!!e?.explanation)}
                  {...register(`scores.${c.id}.explanation`)}
                />
                {e?.explanation?.message && (
                  <p
                    role="alert"
                    className="text-xs text-brand-700"
                    data-field-error={`scores.${c.id}.explanation`}
                  >
                    {e.explanation.message}
                  </p>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
