"use client";
import type { UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { minutesSchema, MinutesValues } from "@/lib/meetings/schema";
import type { z } from "@/lib/validation";

type MinutesForm = UseFormReturn<MinutesValues, unknown, z.output<typeof minutesSchema>>;
type VoteName = "votesFor" | "votesAgainst" | "votesOther";

/** One agenda item of the minutes: its title, whether it is a main topic, the discussion, the votes, the conclusion. */
export function MinutesItemFields({
  form,
  i,
  onRemove,
}: {
  form: MinutesForm;
  i: number;
  onRemove: () => void;
}) {
  const errors = form.formState.errors;
  const vote = (i: number, name: VoteName, label: string) => (
    <VoteInput form={form} i={i} name={name} label={label} />
  );
  return (
    <fieldset className="flex flex-col gap-3 rounded-card border border-surface-line bg-white p-4">
      <div className="flex flex-wrap items-start gap-2">
        <Field
          label={`Nội dung ${i + 1}`}
          htmlFor={`items.${i}.title`}
          error={errors.items?.[i]?.title?.message}
          className="min-w-0 flex-1"
        >
          <input
            id={`items.${i}.title`}
            className={inputClass(!!errors.items?.[i]?.title)}
            {...form.register(`items.${i}.title`)}
          />
        </Field>
        <label className="mt-7 flex items-center gap-2 text-sm">
          <input type="checkbox" className="size-5" {...form.register(`items.${i}.isMain`)} /> Nội dung chính
        </label>
        <Button variant="ghost" className="mt-6 px-2 text-brand-700" onClick={onRemove}>
          Bỏ
        </Button>
      </div>
      <Field
        label="Ý kiến thảo luận"
        htmlFor={`items.${i}.discussion`}
        error={errors.items?.[i]?.discussion?.message}
      >
        <textarea
          id={`items.${i}.discussion`}
          rows={4}
          className={inputClass()}
          {...form.register(`items.${i}.discussion`)}
        />
      </Field>
      <div>
        <p className="mb-1 text-sm font-medium">Biểu quyết (số phiếu)</p>
        <div className="grid grid-cols-3 gap-2">
          {vote(i, "votesFor", "Tán thành")}
          {vote(i, "votesAgainst", "Không tán thành")}
          {vote(i, "votesOther", "Ý kiến khác")}
        </div>
        <VoteError form={form} i={i} />
      </div>
      <Field
        label="Kết luận của chủ trì"
        htmlFor={`items.${i}.conclusion`}
        error={errors.items?.[i]?.conclusion?.message}
      >
        <textarea
          id={`items.${i}.conclusion`}
          rows={3}
          className={inputClass()}
          {...form.register(`items.${i}.conclusion`)}
        />
      </Field>
    </fieldset>
  );
}

function VoteInput({
  form,
  i,
  name,
  label,
}: {
  form: MinutesForm;
  i: number;
  name: VoteName;
  label: string;
}) {
  const errors = form.formState.errors;
  return (
    <label className="flex flex-col gap-1 text-xs text-ink-muted">
      {label}
      <input
        id={`items.${i}.${name}`}
        inputMode="numeric"
        className={inputClass(!!errors.items?.[i]?.votesFor && name === "votesFor")}
        {...form.register(`items.${i}.${name}`)}
      />
    </label>
  );
}

/** The first vote error of an item, under the three counts. */
function VoteError({ form, i }: { form: MinutesForm; i: number }) {
  const item = form.formState.errors.items?.[i];
  const message = item?.votesFor?.message ?? item?.votesAgainst?.message ?? item?.votesOther?.message;
  if (!(item?.votesFor || item?.votesAgainst || item?.votesOther)) return null;
  return (
    <p role="alert" className="mt-1 text-sm text-brand-700" data-field-error={`items.${i}.votes`}>
      {message}
    </p>
  );
}
