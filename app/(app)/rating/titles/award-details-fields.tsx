"use client";
import type { UseFormReturn } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import type { DecideTitleValues } from "@/lib/rating/titles/schema";

/** Thành tích tóm tắt and the bình xét vote, printed in the DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG. */
export function AwardDetailsFields({
  form,
  id,
}: {
  form: UseFormReturn<DecideTitleValues>;
  id: (name: string) => string;
}) {
  const { errors } = form.formState;
  return (
    <>
      <Field
        label="Thành tích tóm tắt"
        htmlFor={id("achievement")}
        error={errors.achievement?.message}
        hint="In trong danh sách đề nghị khen thưởng."
      >
        <textarea
          id={id("achievement")}
          rows={3}
          className={inputClass(!!errors.achievement)}
          {...form.register("achievement")}
        />
      </Field>
      <div className="grid grid-cols-2 gap-3">
        <Field label="Số phiếu đồng ý" htmlFor={id("votesFor")} error={errors.votesFor?.message}>
          <input
            id={id("votesFor")}
            inputMode="numeric"
            className={inputClass(!!errors.votesFor)}
            {...form.register("votesFor")}
          />
        </Field>
        <Field label="Số người biểu quyết" htmlFor={id("votesCast")} error={errors.votesCast?.message}>
          <input
            id={id("votesCast")}
            inputMode="numeric"
            className={inputClass(!!errors.votesCast)}
            {...form.register("votesCast")}
          />
        </Field>
      </div>
    </>
  );
}
