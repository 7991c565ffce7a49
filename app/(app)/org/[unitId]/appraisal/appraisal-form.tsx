"use client";
// The cấp trên's scoring of a CĐCS's submitted self-rating: the CĐCS's own points beside an input per
// criterion (each within its điểm chuẩn), the total and the level it reaches by the CĐCS's own
// thresholds, a note; "Lưu" keeps a draft, "Kết luận" decides the level.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { ScoreTable, type ScoreCriterion } from "@/components/rating/score-table";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { levelFor, sumPoints, type LevelRule } from "@/lib/emulation/levels";
import { saveAppraisalAction } from "@/lib/org/appraisal/actions";
import { appraisalSchema, type AppraisalValues } from "@/lib/org/appraisal/schema";
import { withMaxPoints } from "@/lib/rating/collectives/schema";

type Props = {
  initial: AppraisalValues;
  criteria: ScoreCriterion[];
  selfPoints: Record<string, number | null>;
  levels: LevelRule[];
};

export function AppraisalForm({ initial, criteria, selfPoints, levels }: Props) {
  const router = useRouter();
  const toast = useToast();
  const form = useForm<AppraisalValues>({
    resolver: zodResolver(
      withMaxPoints(appraisalSchema, Object.fromEntries(criteria.map((c) => [c.id, c.maxPoints]))),
    ),
    defaultValues: initial,
  });
  const values = (useWatch({ control: form.control, name: "scores" }) ?? []).map(
    (s) => s?.points as number | string | undefined,
  );
  const total = sumPoints(values.map((v) => (v === "" || v === undefined ? null : Number(v))));
  const { errors, isSubmitting } = form.formState;
  const send = (intent: "save" | "conclude") =>
    form.handleSubmit(async (v) => {
      const res = await saveAppraisalAction({ ...v, intent });
      if (!res.ok) return toast("error", applyFieldErrors(res, form.setError) ?? "Không lưu được.");
      toast(
        "success",
        intent === "conclude"
          ? `Đã kết luận thẩm định: ${res.data.total} điểm, ${res.data.level ?? "chưa có mức"}.`
          : `Đã lưu bản chấm: ${res.data.total} điểm.`,
      );
      form.reset({ ...v, version: res.data.version });
      router.refresh();
    })();
  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate className="flex flex-col gap-4">
      <ScoreTable
        criteria={criteria}
        shown={[{ header: "CĐCS tự chấm", values: selfPoints }]}
        editHeader="Cấp trên chấm"
        values={values}
        field={(i) => form.register(`scores.${i}.points`)}
        errorFor={(i) => errors.scores?.[i]?.points?.message}
      />
      <p className="text-sm" aria-live="polite">
        Tổng điểm thẩm định: <b data-testid="appraisal-total">{total}</b> · Mức:{" "}
        <b data-testid="appraisal-level">{levelFor(total, levels) ?? "—"}</b>
      </p>
      {errors.root?.message && <p className="text-sm text-red-700">{errors.root.message}</p>}
      <Field label="Nhận xét của cấp trên" htmlFor="appraisal-note" error={errors.note?.message}>
        <textarea
          id="appraisal-note"
          rows={3}
          className={inputClass(!!errors.note)}
          {...form.register("note")}
        />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" disabled={isSubmitting} onClick={() => send("save")}>
          Lưu
        </Button>
        <Button type="button" disabled={isSubmitting} onClick={() => send("conclude")}>
          Kết luận
        </Button>
      </div>
      <p className="text-xs text-ink-muted">
        Kết luận ghi mức xếp loại vào hồ sơ của CĐCS; sau đó muốn sửa phải mở lại với lý do.
      </p>
    </form>
  );
}
