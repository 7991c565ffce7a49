// A form's fields as plain data, so a server page can describe a dialog (ActionDialog,
// action-dialog.tsx) without sending it any code.
export type Option = { value: string; label: string };
export type FieldSpec = {
  name: string;
  label: string;
  type: "text" | "textarea" | "date" | "select" | "checkboxes";
  options?: Option[];
  /** For a select: options in labelled groups (after `options`). */
  groups?: { label: string; options: Option[] }[];
  hint?: string;
  required?: boolean;
};
