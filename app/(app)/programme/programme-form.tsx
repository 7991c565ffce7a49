"use client";
import { ActionDialog, type ActionDialogProps } from "@/components/forms/action-dialog";
import type { FieldSpec } from "@/components/forms/field-spec";
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

export type { FieldSpec, Option } from "@/components/forms/field-spec";

/** A button that opens one of the programme's forms in the shared ActionDialog. */
export function ProgrammeForm({
  form: key,
  ...props
}: ActionDialogProps & { form: keyof typeof FORMS; fields: FieldSpec[] }) {
  const { schema, action } = FORMS[key];
  return <ActionDialog {...props} schema={schema} action={action as never} idPrefix={key} />;
}
