"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, type Resolver, useForm, type UseFormReturn } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { EvidencePicker } from "./evidence-picker";
import { type FieldSpec, FORMS, type FormKey } from "./forms";

type Values = Record<string, unknown>;

/** A button that opens one of the UBKT's or the BCH's forms in a dialog (forms.ts). */
export function ActionForm({
  form: key,
  openLabel,
  title,
  fields,
  defaults,
  fixed = {},
  success,
  variant = "primary",
  testId,
}: {
  form: FormKey;
  openLabel: string;
  title: string;
  fields: FieldSpec[];
  defaults: Values;
  /** Values the user does not type (the record's id). */
  fixed?: Values;
  success: string;
  variant?: ButtonVariant;
  testId?: string;
}) {
  const router = useRouter();
  const toast = useToast();
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const { schema, action } = FORMS[key];
  const form = useForm<Values>({
    // One form component for several schemas: the resolver's types are the schema's, checked there.
    resolver: zodResolver(schema as never) as unknown as Resolver<Values>,
    defaultValues: { ...defaults, ...fixed },
  });
  const onSubmit = form.handleSubmit(async (v) => {
    const r = await (action as (raw: unknown) => ReturnType<typeof action>)({ ...v, ...fixed });
    if (!r.ok) return toast("error", applyFieldErrors(r, form.setError) ?? r.error);
    toast("success", success);
    setOpen(false);
    form.reset();
    router.refresh();
  });
  return (
    <>
      <Button variant={variant} disabled={!hydrated} onClick={() => setOpen(true)} data-testid={testId}>
        {openLabel}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={title}>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          {fields.map((f) => (
            <FormField key={f.name} spec={f} form={form} idPrefix={key} />
          ))}
          <DialogActions
            onCancel={() => setOpen(false)}
            submitting={form.formState.isSubmitting}
            label="Lưu"
          />
        </form>
      </Dialog>
    </>
  );
}

function FormField({
  spec,
  form,
  idPrefix,
}: {
  spec: FieldSpec;
  form: UseFormReturn<Values>;
  idPrefix: string;
}) {
  const id = `${idPrefix}-${spec.name}`;
  const error = form.formState.errors[spec.name]?.message as string | undefined;
  const common = { label: spec.label, htmlFor: id, error, hint: spec.hint, required: spec.required };
  if (spec.type === "checkboxes" || spec.type === "evidence")
    return (
      <Controller
        control={form.control}
        name={spec.name}
        render={({ field }) =>
          spec.type === "evidence" ? (
            <Field {...common}>
              <EvidencePicker
                id={id}
                groups={spec.groups ?? []}
                value={(field.value as { kind: string; refId: string }[]) ?? []}
                onChange={field.onChange}
              />
            </Field>
          ) : (
            <fieldset className="flex flex-col gap-1" aria-describedby={error ? `${id}-error` : undefined}>
              <legend className="mb-1 text-sm font-medium text-ink">{spec.label}</legend>
              {(spec.options ?? []).map((o) => {
                const list = (field.value as string[]) ?? [];
                return (
                  <label key={o.value} className="flex min-h-8 items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      checked={list.includes(o.value)}
                      onChange={(e) =>
                        field.onChange(
                          e.target.checked ? [...list, o.value] : list.filter((x) => x !== o.value),
                        )
                      }
                    />
                    {o.label}
                  </label>
                );
              })}
              {error && (
                <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
                  {error}
                </p>
              )}
            </fieldset>
          )
        }
      />
    );
  return (
    <Field {...common}>
      {spec.type === "textarea" ? (
        <textarea id={id} rows={4} className={inputClass(!!error)} {...form.register(spec.name)} />
      ) : spec.type === "date" ? (
        <DateInput id={id} invalid={!!error} {...form.register(spec.name)} />
      ) : spec.type === "select" ? (
        <select id={id} className={inputClass(!!error)} {...form.register(spec.name)}>
          {(spec.options ?? []).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input id={id} type="text" className={inputClass(!!error)} {...form.register(spec.name)} />
      )}
    </Field>
  );
}
