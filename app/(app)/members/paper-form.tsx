"use client";
// A small form for the membership papers' actions (đơn gia nhập, BCH decision, quyết định, lễ kết
// nạp, card requests): the fields as data, the server action's field errors shown under each field,
// and the page refreshed on success. Open in a dialog from a button.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { Dialog } from "@/components/ui/dialog";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/errors";

export type PaperField =
  | {
      name: string;
      label: string;
      kind: "text" | "date" | "textarea";
      required?: boolean;
      value?: string;
      hint?: string;
    }
  | {
      name: string;
      label: string;
      kind: "select";
      options: { value: string; label: string }[];
      required?: boolean;
      value?: string;
    }
  | {
      name: string;
      label: string;
      kind: "checks";
      options: { value: string; label: string }[];
      required?: boolean;
    };

type Props = {
  /** The button that opens the form. */
  open: string;
  title: string;
  submit: string;
  done: string;
  fields: PaperField[];
  /** Values sent as they are (ids). */
  fixed?: Record<string, unknown>;
  action: (raw: unknown) => Promise<ActionResult<unknown>>;
  variant?: "primary" | "secondary";
};

export function PaperForm({
  open,
  title,
  submit,
  done,
  fields,
  fixed = {},
  action,
  variant = "secondary",
}: Props) {
  const [shown, setShown] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  const router = useRouter();
  const toast = useToast();

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const values: Record<string, unknown> = { ...fixed };
    for (const f of fields)
      values[f.name] = f.kind === "checks" ? data.getAll(f.name).map(String) : String(data.get(f.name) ?? "");
    setPending(true);
    const result = await action(values);
    setPending(false);
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      toast("error", result.error);
      return;
    }
    setErrors({});
    setShown(false);
    toast("success", done);
    router.refresh();
  }

  return (
    <>
      <Button variant={variant} onClick={() => setShown(true)}>
        {open}
      </Button>
      <Dialog open={shown} onClose={() => setShown(false)} title={title}>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
          {errors._form && (
            <p role="alert" className="text-sm text-red-700">
              {errors._form}
            </p>
          )}
          {fields.map((f) => {
            const id = `pf-${f.name}`;
            const err = errors[f.name];
            if (f.kind === "checks")
              return (
                <fieldset key={f.name} className="flex flex-col gap-1">
                  <legend className="mb-1 text-sm font-medium">{f.label}</legend>
                  {f.options.map((o) => (
                    <label key={o.value} className="flex items-center gap-2 text-sm">
                      <input type="checkbox" name={f.name} value={o.value} defaultChecked />
                      {o.label}
                    </label>
                  ))}
                  {err && (
                    <p role="alert" className="text-sm text-red-700">
                      {err}
                    </p>
                  )}
                </fieldset>
              );
            return (
              <Field
                key={f.name}
                label={f.label}
                htmlFor={id}
                error={err}
                required={f.required}
                hint={"hint" in f ? f.hint : undefined}
              >
                {f.kind === "select" ? (
                  <select id={id} name={f.name} defaultValue={f.value} className={inputClass(!!err)}>
                    {f.options.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                ) : f.kind === "date" ? (
                  <DateInput id={id} name={f.name} defaultValue={f.value} invalid={!!err} />
                ) : f.kind === "textarea" ? (
                  <textarea
                    id={id}
                    name={f.name}
                    rows={2}
                    defaultValue={f.value}
                    className={inputClass(!!err)}
                  />
                ) : (
                  <input id={id} name={f.name} defaultValue={f.value} className={inputClass(!!err)} />
                )}
              </Field>
            );
          })}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" type="button" onClick={() => setShown(false)}>
              Hủy
            </Button>
            <Button type="submit" disabled={pending}>
              {submit}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
