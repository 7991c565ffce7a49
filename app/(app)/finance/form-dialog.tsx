"use client";
// One dialog around one action, its fields described as data (FieldSpec): the fund's forms
// (fund-dialogs.tsx) are each a FormDialog. Field errors show next to the field; the server
// action parses with the same schema.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import {
  Controller,
  type FieldValues,
  type Path,
  type Resolver,
  useForm,
  type UseFormReturn,
} from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Field, fieldControlProps, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { MoneyInput } from "@/components/welfare/money-input";
import type { ActionResult } from "@/lib/errors";
import type { z } from "@/lib/validation";

export type Option = { value: string; label: string; group?: string };
export type FieldSpec = {
  name: string;
  label: string;
  kind: "text" | "textarea" | "money" | "date" | "select";
  options?: Option[];
  hint?: string;
  required?: boolean;
  /** Show only the options whose group equals this field's value (nội dung by thu / chi). */
  filterBy?: string;
};

export function FormDialog<T extends FieldValues>({
  button,
  title,
  schema,
  defaults,
  fields,
  action,
  done,
  submitLabel,
  variant = "secondary",
}: {
  button: string;
  title: string;
  schema: z.ZodType<T, FieldValues>;
  defaults: T;
  fields: FieldSpec[];
  action: (v: T) => Promise<ActionResult<unknown>>;
  done: string;
  submitLabel: string;
  variant?: "primary" | "secondary";
}) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const toast = useToast();
  const form = useForm<T>({
    resolver: zodResolver(schema as never) as unknown as Resolver<T>,
    defaultValues: defaults as never,
  });
  const { errors, isSubmitting } = form.formState;
  const values = form.watch();
  const onSubmit = form.handleSubmit(async (v) => {
    const result = await action(v as T);
    if (!result.ok) return void toast("error", applyFieldErrors(result, form.setError) ?? "Không lưu được.");
    toast("success", done);
    setOpen(false);
    form.reset(defaults);
    router.refresh();
  });
  const err = (name: string) => (errors as Record<string, { message?: string }>)[name]?.message;
  return (
    <>
      <Button variant={variant} onClick={() => setOpen(true)}>
        {button}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={title}>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          {fields.map((f) => {
            const id = `fund-${f.name}`;
            const error = err(f.name);
            const name = f.name as Path<T>;
            const control = fieldControlProps({ htmlFor: id, error, hint: f.hint, required: f.required });
            return (
              <Field
                key={f.name}
                label={f.label}
                htmlFor={id}
                error={error}
                hint={f.hint}
                required={f.required}
              >
                <FieldControl
                  spec={f}
                  id={id}
                  name={name}
                  form={form}
                  error={error}
                  control={control}
                  values={values as Record<string, unknown>}
                />
              </Field>
            );
          })}
          <DialogActions onCancel={() => setOpen(false)} submitting={isSubmitting} label={submitLabel} />
        </form>
      </Dialog>
    </>
  );
}

/** The control of one field, by its kind; `control` carries the ids for its label, hint and error. */
function FieldControl<T extends FieldValues>({
  spec,
  id,
  name,
  form,
  error,
  control,
  values,
}: {
  spec: FieldSpec;
  id: string;
  name: Path<T>;
  form: UseFormReturn<T>;
  error: string | undefined;
  control: ReturnType<typeof fieldControlProps>;
  values: Record<string, unknown>;
}) {
  const invalid = Boolean(error);
  switch (spec.kind) {
    case "select":
      return (
        <select id={id} {...form.register(name)} className={inputClass(invalid)} {...control}>
          <option value="">— Chọn —</option>
          {(spec.options ?? [])
            .filter((o) => !spec.filterBy || o.group === values[spec.filterBy])
            .map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
        </select>
      );
    case "money":
      return (
        <Controller
          control={form.control}
          name={name}
          render={({ field }) => (
            <MoneyInput
              id={id}
              {...control}
              value={field.value as string}
              onChange={field.onChange}
              onBlur={field.onBlur}
              invalid={invalid}
            />
          )}
        />
      );
    case "date":
      return <DateInput id={id} {...form.register(name)} {...control} invalid={invalid} />;
    case "textarea":
      return (
        <textarea id={id} rows={4} {...form.register(name)} {...control} className={inputClass(invalid)} />
      );
    default:
      return (
        <input id={id} type="text" {...form.register(name)} {...control} className={inputClass(invalid)} />
      );
  }
}
