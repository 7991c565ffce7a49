"use client";
// One dialog around one server action, its fields described as data (FieldSpec): the programme's
// forms, the UBKT's and the BCH's inspection forms and the fund's forms are each an ActionDialog. Field errors show
// next to their field; the action parses with the same schema. A field type it does not draw (the
// inspections' evidence picker) is drawn by `custom`.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { type ReactNode, useState } from "react";
import { Controller, type Resolver, useForm, type UseFormReturn } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import type { FieldSpec } from "@/components/forms/field-spec";
import { MoneyField } from "@/components/forms/money-field";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/errors";

type Values = Record<string, unknown>;
type Spec = Omit<FieldSpec, "type"> & { type: string };
/** Draws a field of a type ActionDialog does not know, with its value and change handler. */
export type CustomField = (p: {
  spec: Spec;
  id: string;
  value: unknown;
  onChange: (v: unknown) => void;
}) => ReactNode;

export type ActionDialogProps = {
  openLabel: string;
  title: string;
  fields: Spec[];
  defaults: Values;
  /** Values the user does not type (the record's id). */
  fixed?: Values;
  success: string;
  /** The submit button's words ("Lưu" unless told). */
  submitLabel?: string;
  variant?: ButtonVariant;
  testId?: string;
};

/** A button that opens the dialog; `idPrefix` keeps the field ids unique on the page. */
export function ActionDialog({
  schema,
  action,
  idPrefix,
  custom,
  textareaRows = 3,
  openLabel,
  title,
  fields,
  defaults,
  fixed = {},
  success,
  submitLabel = "Lưu",
  variant = "primary",
  testId,
}: ActionDialogProps & {
  schema: unknown;
  action: (raw: never) => Promise<ActionResult<unknown>>;
  idPrefix: string;
  custom?: CustomField;
  textareaRows?: number;
}) {
  const router = useRouter();
  const toast = useToast();
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const form = useForm<Values>({
    // One dialog for several schemas: the resolver's types are the schema's, checked there.
    resolver: zodResolver(schema as never) as unknown as Resolver<Values>,
    defaultValues: { ...defaults, ...fixed },
  });
  const onSubmit = form.handleSubmit(async (v) => {
    const r = await (action as (raw: unknown) => Promise<ActionResult<unknown>>)({ ...v, ...fixed });
    if (!r.ok) return toast("error", applyFieldErrors(r, form.setError) ?? r.error);
    toast("success", success);
    setOpen(false);
    form.reset({ ...defaults, ...fixed });
    router.refresh();
  });
  // Unique on the page: one dialog per record.
  const prefix = `${idPrefix}-${typeof fixed.id === "string" ? `${fixed.id}-` : ""}`;
  return (
    <>
      <Button variant={variant} disabled={!hydrated} onClick={() => setOpen(true)} data-testid={testId}>
        {openLabel}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={title}>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          {fields.map((f) => (
            <SpecField
              key={f.name}
              spec={f}
              form={form}
              id={`${prefix}${f.name}`}
              custom={custom}
              rows={textareaRows}
            />
          ))}
          <DialogActions
            onCancel={() => setOpen(false)}
            submitting={form.formState.isSubmitting}
            label={submitLabel}
          />
        </form>
      </Dialog>
    </>
  );
}

const OptionList = ({ spec, group }: { spec: Spec; group?: unknown }) => (
  <>
    {spec.placeholder !== undefined && <option value="">{spec.placeholder}</option>}
    {(spec.options ?? [])
      .filter((o) => !spec.filterBy || o.group === group)
      .map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    {(spec.groups ?? []).map((g) => (
      <optgroup key={g.label} label={g.label}>
        {g.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </optgroup>
    ))}
  </>
);

function SpecField({
  spec,
  form,
  id,
  custom,
  rows,
}: {
  spec: Spec;
  form: UseFormReturn<Values>;
  id: string;
  custom?: CustomField;
  rows: number;
}) {
  const error = form.formState.errors[spec.name]?.message as string | undefined;
  const common = { label: spec.label, htmlFor: id, error, hint: spec.hint, required: spec.required };
  if (spec.type === "checkboxes")
    return (
      <Controller
        control={form.control}
        name={spec.name}
        render={({ field }) => (
          <Checkboxes spec={spec} id={id} error={error} value={field.value} onChange={field.onChange} />
        )}
      />
    );
  if (spec.type === "money")
    return (
      <MoneyField
        control={form.control}
        name={spec.name}
        id={id}
        label={spec.label}
        hint={spec.hint}
        required={spec.required}
      />
    );
  if (!["text", "textarea", "date", "select"].includes(spec.type))
    return (
      <Controller
        control={form.control}
        name={spec.name}
        render={({ field }) => (
          <Field {...common}>{custom?.({ spec, id, value: field.value, onChange: field.onChange })}</Field>
        )}
      />
    );
  return (
    <Field {...common}>
      {spec.type === "textarea" ? (
        <textarea id={id} rows={rows} className={inputClass(!!error)} {...form.register(spec.name)} />
      ) : spec.type === "date" ? (
        <DateInput id={id} invalid={!!error} {...form.register(spec.name)} />
      ) : spec.type === "select" ? (
        <select id={id} className={inputClass(!!error)} {...form.register(spec.name)}>
          <OptionList spec={spec} group={spec.filterBy ? form.watch(spec.filterBy) : undefined} />
        </select>
      ) : (
        <input id={id} type="text" className={inputClass(!!error)} {...form.register(spec.name)} />
      )}
    </Field>
  );
}

function Checkboxes({
  spec,
  id,
  error,
  value,
  onChange,
}: {
  spec: Spec;
  id: string;
  error?: string;
  value: unknown;
  onChange: (v: string[]) => void;
}) {
  const list = (value as string[]) ?? [];
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="mb-1 text-sm font-medium text-ink">{spec.label}</legend>
      {(spec.options ?? []).map((o) => (
        <label key={o.value} className="flex min-h-8 items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={list.includes(o.value)}
            onChange={(e) =>
              onChange(e.target.checked ? [...list, o.value] : list.filter((x) => x !== o.value))
            }
          />
          {o.label}
        </label>
      ))}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
