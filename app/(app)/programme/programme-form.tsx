"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { type Resolver, useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import {
  changeProgrammeItemStateAction,
  createProgrammeItemAction,
  updateProgrammeItemAction,
} from "@/lib/programme/actions";
import { programmeItemSchema, programmeStateSchema, updateProgrammeItemSchema } from "@/lib/programme/schema";

const FORMS = {
  create: { schema: programmeItemSchema, action: createProgrammeItemAction },
  update: { schema: updateProgrammeItemSchema, action: updateProgrammeItemAction },
  state: { schema: programmeStateSchema, action: changeProgrammeItemStateAction },
} as const;

export type Option = { value: string; label: string };
export type FieldSpec = {
  name: string;
  label: string;
  type: "text" | "textarea" | "select";
  options?: Option[];
  /** For a select: options in labelled groups (the records an item may link to). */
  groups?: { label: string; options: Option[] }[];
  hint?: string;
  required?: boolean;
};
type Values = Record<string, unknown>;

/** A button that opens one of the programme's forms in a dialog; errors show next to their field. */
export function ProgrammeForm({
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
  form: keyof typeof FORMS;
  openLabel: string;
  title: string;
  fields: FieldSpec[];
  defaults: Values;
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
    form.reset({ ...defaults, ...fixed });
    router.refresh();
  });
  return (
    <>
      <Button variant={variant} disabled={!hydrated} onClick={() => setOpen(true)} data-testid={testId}>
        {openLabel}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={title}>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          {fields.map((f) => {
            // Unique on the page: one dialog per item.
            const id = `${key}-${typeof fixed.id === "string" ? `${fixed.id}-` : ""}${f.name}`;
            const error = form.formState.errors[f.name]?.message as string | undefined;
            return (
              <Field
                key={f.name}
                label={f.label}
                htmlFor={id}
                error={error}
                hint={f.hint}
                required={f.required}
              >
                {f.type === "textarea" ? (
                  <textarea id={id} rows={3} className={inputClass(!!error)} {...form.register(f.name)} />
                ) : f.type === "select" ? (
                  <select id={id} className={inputClass(!!error)} {...form.register(f.name)}>
                    {(f.options ?? []).map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                    {(f.groups ?? []).map((g) => (
                      <optgroup key={g.label} label={g.label}>
                        {g.options.map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </optgroup>
                    ))}
                  </select>
                ) : (
                  <input id={id} type="text" className={inputClass(!!error)} {...form.register(f.name)} />
                )}
              </Field>
            );
          })}
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
