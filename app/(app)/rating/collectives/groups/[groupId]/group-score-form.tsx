"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { ScoreTable, type ScoreCriterion } from "@/components/rating/score-table";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { levelFor, sumPoints, type LevelRule } from "@/lib/emulation/levels";
import { saveGroupSelfScoreAction } from "@/lib/rating/collectives/actions";
import {
  groupSelfScoreSchema,
  withMaxPoints,
  type GroupSelfScoreValues,
} from "@/lib/rating/collectives/schema";

type Props = {
  initial: GroupSelfScoreValues;
  criteria: ScoreCriterion[];
  levels: LevelRule[];
  editable: boolean;
};

/** Points per criterion with the live total and level; "Gửi BCH" asks for confirmation. */
export function GroupScoreForm({ initial, criteria, levels, editable }: Props) {
  const router = useRouter();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const max = Object.fromEntries(criteria.map((c) => [c.id, c.maxPoints]));
  const form = useForm<GroupSelfScoreValues>({
    resolver: zodResolver(withMaxPoints(groupSelfScoreSchema, max)),
    defaultValues: initial,
  });
  const scores = useWatch({ control: form.control, name: "scores" }) ?? [];
  const values = scores.map((s) => s?.points as number | string | undefined);
  const blank = values.every((v) => v === "" || v === undefined);
  const total = sumPoints(values.map((v) => (v === "" || v === undefined ? null : Number(v))));
  const { errors, isSubmitting } = form.formState;
  const send = (intent: "save" | "submit") =>
    form.handleSubmit(async (v) => {
      setConfirming(false);
      const res = await saveGroupSelfScoreAction({ ...v, intent });
      if (!res.ok) return toast("error", applyFieldErrors(res, form.setError) ?? "Không lưu được.");
      toast(
        "success",
        intent === "submit"
          ? `Đã gửi BCH: ${res.data.selfTotal} điểm, ${res.data.selfLevel}.`
          : "Đã lưu bản nháp.",
      );
      form.reset({ ...v, version: res.data.version });
      router.refresh();
    });
  return (
    <form onSubmit={send("save")} noValidate className="flex flex-col gap-4">
      <ScoreTable
        criteria={criteria}
        editHeader="Tổ tự chấm"
        values={values}
        field={(i) => form.register(`scores.${i}.points`)}
        errorFor={(i) => errors.scores?.[i]?.points?.message}
        disabled={!editable}
      />
      <p className="text-sm" aria-live="polite">
        Tổng điểm: <b data-testid="self-total">{total}</b> / {criteria.reduce((s, c) => s + c.maxPoints, 0)} ·
        Mức: <b data-testid="self-level">{blank ? "—" : levelFor(total, levels)}</b>
      </p>
      <Field label="Ghi chú của tổ" htmlFor="note" error={errors.note?.message}>
        <textarea
          id="note"
          rows={3}
          disabled={!editable}
          className={inputClass(!!errors.note)}
          {...form.register("note")}
        />
      </Field>
      {errors.root?.message && (
        <p role="alert" className="text-sm text-brand-700">
          {errors.root.message}
        </p>
      )}
      {editable && (
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="secondary" disabled={isSubmitting}>
            {isSubmitting ? "Đang lưu…" : "Lưu nháp"}
          </Button>
          <Button
            disabled={isSubmitting}
            onClick={async () => {
              // A blank field is refused next to it before the confirmation is asked.
              if (await form.trigger()) setConfirming(true);
            }}
          >
            Gửi BCH
          </Button>
        </div>
      )}
      <Dialog open={confirming} onClose={() => setConfirming(false)} title="Gửi kết quả tự chấm cho BCH?">
        <p className="mb-4 text-sm">
          Tổ tự chấm <b>{total}</b> điểm, mức <b>{blank ? "—" : levelFor(total, levels)}</b>. Sau khi BCH xếp
          loại tổ, tổ không sửa được nữa; trước đó tổ vẫn sửa và gửi lại được.
        </p>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            Hủy
          </Button>
          <Button disabled={isSubmitting} onClick={() => send("submit")()}>
            Gửi BCH
          </Button>
        </div>
      </Dialog>
    </form>
  );
}
