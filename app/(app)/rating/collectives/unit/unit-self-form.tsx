"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { ScoreTable, type ScoreCriterion } from "@/components/rating/score-table";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { levelFor, sumPoints, type LevelRule } from "@/lib/emulation/levels";
import { saveUnitSelfScoreAction } from "@/lib/rating/collectives/actions";
import {
  unitSelfScoreSchema,
  withMaxPoints,
  type UnitSelfScoreValues,
} from "@/lib/rating/collectives/schema";

/** The BCH enters the CĐCS's self points per criterion; live subtotals, total and level. */
export function UnitSelfForm({
  initial,
  criteria,
  levels,
}: {
  initial: UnitSelfScoreValues;
  criteria: ScoreCriterion[];
  levels: LevelRule[];
}) {
  const router = useRouter();
  const toast = useToast();
  const form = useForm<UnitSelfScoreValues>({
    resolver: zodResolver(
      withMaxPoints(unitSelfScoreSchema, Object.fromEntries(criteria.map((c) => [c.id, c.maxPoints]))),
    ),
    defaultValues: initial,
  });
  const values = (useWatch({ control: form.control, name: "scores" }) ?? []).map(
    (s) => s?.points as number | string | undefined,
  );
  const blank = values.every((v) => v === "" || v === undefined);
  const total = sumPoints(values.map((v) => (v === "" || v === undefined ? null : Number(v))));
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (v) => {
    const res = await saveUnitSelfScoreAction(v);
    if (!res.ok) return toast("error", applyFieldErrors(res, form.setError) ?? "Không lưu được.");
    toast("success", `Đã lưu: CĐCS tự chấm ${res.data.selfTotal} điểm, ${res.data.selfLevel}.`);
    form.reset({ ...v, version: res.data.version });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <ScoreTable
        criteria={criteria}
        editHeader="CĐCS tự chấm"
        values={values}
        field={(i) => form.register(`scores.${i}.points`)}
        errorFor={(i) => errors.scores?.[i]?.points?.message}
      />
      <p className="text-sm" aria-live="polite">
        Tổng điểm tự chấm: <b data-testid="unit-self-total">{total}</b> /{" "}
        {criteria.reduce((s, c) => s + c.maxPoints, 0)} · Mức: <b>{blank ? "—" : levelFor(total, levels)}</b>
      </p>
      <Field label="Ghi chú" htmlFor="unit-note" error={errors.note?.message}>
        <textarea id="unit-note" rows={2} className={inputClass(!!errors.note)} {...form.register("note")} />
      </Field>
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Đang lưu…" : "Lưu điểm tự chấm"}
        </Button>
      </div>
    </form>
  );
}
