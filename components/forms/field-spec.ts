// A form's fields as plain data, so a server page can describe a dialog (ActionDialog,
// action-dialog.tsx) without sending it any code.
/** `group`: the value of the field named by `filterBy` under which the option is offered. */
export type Option = { value: string; label: string; group?: string };
export type FieldSpec = {
  name: string;
  label: string;
  type: "text" | "textarea" | "date" | "money" | "select" | "checkboxes";
  options?: Option[];
  /** For a select: options in labelled groups (after `options`). */
  groups?: { label: string; options: Option[] }[];
  hint?: string;
  required?: boolean;
  /** For a select: a first, empty option ("— Chọn —"). */
  placeholder?: string;
  /** For a select: offer only the options whose group is this other field's value (thu / chi). */
  filterBy?: string;
};
