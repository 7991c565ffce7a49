"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { TITLE_AWARD_LABELS } from "@/lib/rating/labels";
import { decideTitleAwardAction } from "@/lib/rating/titles/actions";
import type { CandidateRow } from "@/lib/rating/titles/candidates-sql";
import { formProblem, resultProblem } from "@/lib/rating/titles/offer";
import { decideTitleSchema, TITLE_RESULTS, type DecideTitleValues } from "@/lib/rating/titles/schema";
import { AwardDetailsFields } from "./award-details-fields";

export type CommendationOption = { id: string; name: string; conferrer: "UNION_UPPER" | "CDCS" | "AGENCY" };

type Props = {
  row: CandidateRow;
  ratingYearId: string;
  commendations: CommendationOption[];
  cdcsMayCommend: boolean;
};

function defaultsOf(row: CandidateRow, ratingYearId: string): DecideTitleValues {
  return {
    ratingYearId,
    registrationId: row.registrationId,
    titleId: row.titleId,
    version: row.version,
    result: row.result ?? (row.bar ? "NOT_ACHIEVED" : "ACHIEVED"),
    reason: row.reason ?? "",
    commendationId: row.commendationId ?? "",
    achievement: row.achievement ?? "",
    votesFor: row.votesFor ?? "",
    votesCast: row.votesCast ?? "",
  };
}

/** The BCH's result for one registered title, in a dialog: Đạt / Không đạt / Đề nghị cấp trên khen. */
export function DecideTitleButton({ row, ratingYearId, commendations, cdcsMayCommend }: Props) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const toast = useToast();
  const defaults = defaultsOf(row, ratingYearId);
  const form = useForm<DecideTitleValues>({
    resolver: zodResolver(decideTitleSchema),
    defaultValues: defaults,
  });
  const result = useWatch({ control: form.control, name: "result" });
  const { errors, isSubmitting } = form.formState;
  const subject = row.memberName ?? `Tập thể ${row.groupName ?? ""}`;
  const onSubmit = form.handleSubmit(async (values) => {
    const res = await decideTitleAwardAction({
      ...values,
      commendationId: values.result === "PROPOSED_HIGHER" ? values.commendationId : "",
    });
    if (!res.ok) return toast("error", applyFieldErrors(res, form.setError) ?? "Không lưu được.");
    toast("success", `Đã ghi kết quả “${TITLE_AWARD_LABELS[res.data.result]}” cho ${subject}.`);
    setOpen(false);
    router.refresh();
  });
  const id = (name: string) => `${name}-${row.registrationId}-${row.titleId}`;
  // The same rules as the server (lib/rating/titles/offer.ts): what it would refuse is not offered.
  const forms = commendations.map((c) => ({ ...c, problem: formProblem(c, row.conferrer, cdcsMayCommend) }));
  const offered = forms.filter((c) => !c.problem);
  const whyNot = [...new Set(forms.map((c) => c.problem).filter((p): p is string => !!p))];
  return (
    <>
      <Button
        variant={row.result ? "secondary" : "primary"}
        onClick={() => {
          form.reset(defaults);
          setOpen(true);
        }}
      >
        {row.result ? "Sửa" : "Bình xét"}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={`${row.titleName} — ${subject}`}>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
          {row.bar && (
            <p className="rounded-card bg-amber-50 p-2 text-sm text-amber-800">
              Chưa đủ điều kiện: {row.bar}. Chỉ ghi được “Không đạt”.
            </p>
          )}
          <fieldset className="flex flex-col gap-2" aria-describedby={id("result-error")}>
            <legend className="mb-1 text-sm font-medium text-ink">Kết quả</legend>
            {TITLE_RESULTS.map((r) => (
              <label key={r} className="flex min-h-10 items-center gap-2 text-sm">
                <input
                  type="radio"
                  value={r}
                  disabled={!!resultProblem(r, row.bar)}
                  {...form.register("result")}
                />{" "}
                <span className={resultProblem(r, row.bar) ? "text-ink-muted" : undefined}>
                  {TITLE_AWARD_LABELS[r]}
                  {resultProblem(r, row.bar) ? " (chưa đủ điều kiện)" : ""}
                </span>
              </label>
            ))}
            {errors.result?.message && (
              <p id={id("result-error")} role="alert" className="text-sm text-red-700">
                {errors.result.message}
              </p>
            )}
          </fieldset>
          {result === "PROPOSED_HIGHER" && offered.length === 0 && (
            <p className="rounded-card bg-surface-sunken p-2 text-sm text-ink" data-testid="no-commendation">
              Không có hình thức khen của công đoàn cho danh hiệu này. {whyNot.join(" ")}
            </p>
          )}
          {result === "PROPOSED_HIGHER" && offered.length > 0 && (
            <Field
              label="Hình thức khen đề nghị"
              htmlFor={id("commendation")}
              error={errors.commendationId?.message}
              hint={whyNot.length ? `Không có trong danh sách: ${whyNot.join(" ")}` : undefined}
            >
              <select
                id={id("commendation")}
                className={inputClass(!!errors.commendationId)}
                {...form.register("commendationId")}
              >
                <option value="">— Chưa chọn —</option>
                {offered.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </Field>
          )}
          <Field
            label="Lý do"
            htmlFor={id("reason")}
            required={result !== "ACHIEVED"}
            error={errors.reason?.message ?? errors.titleId?.message}
            hint={result === "ACHIEVED" ? "Không bắt buộc khi Đạt." : undefined}
          >
            <textarea
              id={id("reason")}
              rows={3}
              className={inputClass(!!errors.reason)}
              {...form.register("reason")}
            />
          </Field>
          {result !== "NOT_ACHIEVED" && <AwardDetailsFields form={form} id={id} />}
          <DialogActions onCancel={() => setOpen(false)} submitting={isSubmitting} label="Lưu kết quả" />
        </form>
      </Dialog>
    </>
  );
}
