"use client";
import { ActionDialog, type ActionDialogProps } from "@/components/forms/action-dialog";
import { EvidencePicker } from "./evidence-picker";
import { type FieldSpec, FORMS, type FormKey } from "./forms";

/** A button that opens one of the UBKT's or the BCH's forms (forms.ts) in the shared ActionDialog. */
export function ActionForm({
  form: key,
  fields,
  ...props
}: Omit<ActionDialogProps, "fields"> & { form: FormKey; fields: FieldSpec[] }) {
  const { schema, action } = FORMS[key];
  return (
    <ActionDialog
      {...props}
      fields={fields}
      schema={schema}
      action={action as never}
      idPrefix={key}
      textareaRows={4}
      custom={({ spec, id, value, onChange }) => (
        <EvidencePicker
          id={id}
          groups={spec.groups ?? []}
          value={(value as { kind: string; refId: string }[]) ?? []}
          onChange={onChange}
        />
      )}
    />
  );
}
