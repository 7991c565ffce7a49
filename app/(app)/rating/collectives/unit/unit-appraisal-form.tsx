"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { Controller, useForm, useWatch } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { ScoreTable, type ScoreCriterion } from "@/components/rating/score-table";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { Field, fieldControlProps, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { sumPoints } from "@/lib/emulation/levels";
import { saveUnitAppraisalAction } from "@/lib/rating/collectives/actions";
import {
  unitAppraisalSchema,
  withMaxPoints,
  type UnitAppraisalValues,
} from "@/lib/rating/collectives/schema";

type Props = {
  initial: UnitAppraisalValues;
  criteria: ScoreCriterion[];
  levels: string[];
  selfPoints: Record<string, number | null>;
};

/** The cấp trên's thẩm định: reviewed points per criterion, the level, its decision reference and date. */
export function UnitAppraisalForm({ initial, criteria, levels, selfPoints }: Props) {
  const router = useRouter();
  const toast = useToast();
  const form = useForm<UnitAppraisalValues>({
    resolver: zodResolver(
      withMaxPoints(unitAppraisalSchema, Object.fromEntries(criteria.map((c) => [c.id, c.maxPoints]))),
    ),
    defaultValues: initial,
  });
  const values = (useWatch({ control: form.control, name: "scores" }) ?? []).map(
    (s) => s?.points as number | string | undefined,
  );
  const total = sumPoints(values.map((v) => (v === "" || v === undefined ? null : Number(v))));
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (v) => {
    const res = await saveUnitAppraisalAction(v);
    if (!res.ok) return toast("error", applyFieldErrors(res, form.setError) ?? "Không lưu được.");
    toast("success", `Đã ghi kết quả thẩm định: ${res.data.reviewedTotal} điểm.`);
    form.reset({ ...v, version: res.data.version });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <ScoreTable
        criteria={criteria}
        shown={[{ header: "CĐCS tự chấm", values: selfPoints }]}
        editHeader="Cấp trên thẩm định"
        values={values}
        field={(i) => form.register(`scores.${i}.points`)}
        errorFor={(i) => errors.scores?.[i]?.points?.message}
      />
      <p className="text-sm">
        Tổng điểm thẩm định: <b data-testid="unit-review-total">{total}</b>
      </p>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label="Mức thẩm định" htmlFor="review-level" required error={errors.finalLevel?.message}>
          <select
            id="review-level"
            className={inputClass(!!errors.finalLevel)}
            {...form.register("finalLevel")}
          >
            <option value="">— Chọn mức —</option>
            {levels.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Số, ký hiệu văn bản" htmlFor="review-ref" required error={errors.reviewRef?.message}>
          <input
            id="review-ref"
            className={inputClass(!!errors.reviewRef)}
            placeholder="Số 45/QĐ-CĐGD"
            {...form.register("reviewRef")}
          />
        </Field>
        <Field label="Ngày thẩm định" htmlFor="review-on" required error={errors.reviewedOn?.message}>
          <Controller
            control={form.control}
            name="reviewedOn"
            render={({ field }) => (
              <DateInput
                id="review-on"
                invalid={!!errors.reviewedOn}
                {...fieldControlProps({
                  htmlFor: "review-on",
                  error: errors.reviewedOn?.message,
                  required: true,
                })}
                {...field}
              />
            )}
          />
        </Field>
      </div>
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Đang lưu…" : "Lưu kết quả thẩm định"}
        </Button>
      </div>
    </form>
  );
}
