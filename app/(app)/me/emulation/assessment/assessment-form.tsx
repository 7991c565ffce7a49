"use client";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { useForm, useWatch } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { saveSelfAssessmentAction } from "@/lib/emulation/actions";
import type { AssessmentValues } from "@/lib/emulation/assessment-schema";
import {
  COMMITMENT_KIND_LABELS,
  COMMITMENT_RESULT_LABELS,
  type CommitmentKind,
} from "@/lib/emulation/labels";
import { levelFor, sumPoints, type LevelRule } from "@/lib/emulation/levels";

type Criterion = { id: string; groupName: string; content: string; maxPoints: number };
type Props = {
  initial: AssessmentValues;
  groups: { name: string; maxPoints: number; criteria: Criterion[] }[];
  levels: LevelRule[];
  commitments: { id: string; kind: CommitmentKind; content: string; target: string | null }[];
};

export function AssessmentForm({ initial, groups, levels, commitments }: Props) {
  const router = useRouter();
  const toast = useToast();
  const criteria = useMemo(() => groups.flatMap((g) => g.criteria), [groups]);
  const resolver = useMemo(
    () =>
      lazyZodResolver<AssessmentValues>(() =>
        import("@/lib/emulation/assessment-schema").then((m) => m.buildAssessmentSchema(criteria) as never),
      ),
    [criteria],
  );
  const form = useForm<AssessmentValues>({ resolver, defaultValues: initial, mode: "onChange" });
  const { errors, isSubmitting } = form.formState;
  const scores = useWatch({ control: form.control, name: "scores" });
  const total = sumPoints(
    criteria.map((c) => {
      const v = scores?.[c.id];
      return v === "" || v === undefined ? null : Number(v);
    }),
  );
  const maxTotal = criteria.reduce((s, c) => s + c.maxPoints, 0);
  const save = (intent: "draft" | "submit") =>
    form.handleSubmit(async (values) => {
      const result = await saveSelfAssessmentAction({ ...values, intent });
      if (!result.ok) return toast("error", applyFieldErrors(result, form.setError) ?? "Không lưu được.");
      toast("success", intent === "submit" ? "Đã nộp phiếu tự đánh giá." : "Đã lưu nháp phiếu tự đánh giá.");
      router.refresh();
    });
  // Criteria are numbered 1, 2, 3… across the groups, as on the paper form.
  const firstNo = groups.map((_, gi) => groups.slice(0, gi).reduce((n, g) => n + g.criteria.length, 1));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        form.setValue("intent", "submit");
        void save("submit")();
      }}
      onFocus={resolver.preload}
      noValidate
      className="flex flex-col gap-5"
    >
      {groups.map((g, gi) => (
        <fieldset key={g.name + gi} className="flex flex-col gap-3">
          <legend className="text-sm font-semibold text-ink">
            {["I", "II", "III", "IV", "V", "VI", "VII", "VIII"][gi] ?? gi + 1}. {g.name} ({g.maxPoints} điểm)
          </legend>
          {g.criteria.map((c, ci) => {
            const no = firstNo[gi] + ci;
            const err = (errors.scores as Record<string, { message?: string }> | undefined)?.[c.id]?.message;
            return (
              <div
                key={c.id}
                className="grid grid-cols-[1fr_6.5rem] items-start gap-3 rounded-lg border border-surface-line p-3"
              >
                <label htmlFor={`scores.${c.id}`} className="text-sm text-ink">
                  {no}. {c.content}{" "}
                  <span className="whitespace-nowrap text-ink-muted">(tối đa {c.maxPoints})</span>
                </label>
                <div className="flex flex-col gap-1">
                  <input
                    id={`scores.${c.id}`}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={c.maxPoints}
                    step={1}
                    aria-invalid={!!err || undefined}
                    className={inputClass(!!err)}
                    {...form.register(`scores.${c.id}`)}
                  />
                  {err && (
                    <p role="alert" className="text-xs text-brand-700" data-field-error={`scores.${c.id}`}>
                      {err}
                    </p>
                  )}
                </div>
              </div>
            );
          })}
        </fieldset>
      ))}
      {commitments.length > 0 && (
        <fieldset className="flex flex-col gap-3">
          <legend className="text-sm font-semibold text-ink">
            Kết quả thực hiện chương trình đã đăng ký
          </legend>
          {commitments.map((c, i) => {
            const e = errors.outcomes?.[i];
            return (
              <div
                key={c.id}
                className="flex flex-col gap-2 rounded-lg border border-surface-line p-3"
                data-testid="outcome"
              >
                <p className="text-sm">
                  <b>{COMMITMENT_KIND_LABELS[c.kind]}:</b> {c.content}
                  {c.target && <span className="text-ink-muted"> — chỉ tiêu: {c.target}</span>}
                </p>
                <div
                  role="radiogroup"
                  aria-label={`Mức thực hiện cam kết ${i + 1}`}
                  className="flex flex-wrap gap-2"
                >
                  {Object.entries(COMMITMENT_RESULT_LABELS).map(([k, label]) => (
                    <label
                      key={k}
                      className="flex min-h-10 items-center gap-2 rounded-lg border border-surface-line px-3 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50"
                    >
                      <input type="radio" value={k} {...form.register(`outcomes.${i}.result`)} /> {label}
                    </label>
                  ))}
                </div>
                {e?.result?.message && (
                  <p
                    role="alert"
                    className="text-sm text-brand-700"
                    data-field-error={`outcomes.${i}.result`}
                  >
                    {e.result.message}
                  </p>
                )}
                <Field label="Minh chứng" htmlFor={`outcomes.${i}.evidence`} error={e?.evidence?.message}>
                  <input
                    id={`outcomes.${i}.evidence`}
                    className={inputClass(!!e?.evidence)}
                    {...form.register(`outcomes.${i}.evidence`)}
                  />
                </Field>
              </div>
            );
          })}
          {(errors.outcomes as { message?: string } | undefined)?.message && (
            <p role="alert" className="text-sm text-brand-700" data-field-error="outcomes">
              {(errors.outcomes as { message?: string }).message}
            </p>
          )}
        </fieldset>
      )}
      <Field label="Nhận xét, tự đánh giá chung" htmlFor="comment" error={errors.comment?.message}>
        <textarea
          id="comment"
          rows={3}
          className={inputClass(!!errors.comment)}
          {...form.register("comment")}
        />
      </Field>
      <div className="sticky bottom-0 -mx-4 flex flex-wrap items-center gap-3 border-t border-surface-line bg-white px-4 py-3 sm:mx-0 sm:rounded-lg sm:border">
        <p className="mr-auto text-sm" data-testid="live-total">
          Tổng: <b data-testid="total-points">{total}</b>/{maxTotal} điểm · Mức tự xếp:{" "}
          <b data-testid="implied-level">{levelFor(total, levels)}</b>
        </p>
        <Button
          variant="secondary"
          disabled={isSubmitting}
          onClick={() => {
            form.setValue("intent", "draft");
            void save("draft")();
          }}
        >
          Lưu nháp
        </Button>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Đang lưu…" : "Nộp phiếu"}
        </Button>
      </div>
    </form>
  );
}
