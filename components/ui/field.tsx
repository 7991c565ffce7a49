import { Children, cloneElement, isValidElement } from "react";
import { cn } from "./cn";

type FieldState = { htmlFor: string; error?: string; hint?: string; required?: boolean };

/** The ids of a field's hint and error message (what the control's aria-describedby points to). */
export const fieldHintId = (htmlFor: string) => `${htmlFor}-hint`;
export const fieldErrorId = (htmlFor: string) => `${htmlFor}-error`;

/**
 * What a screen reader needs on the control of a field: its hint and error as its description,
 * "invalid" while the error shows, "required" for a required field. <Field> puts these on its child
 * itself; a field whose control is not its direct child (a Controller, a wrapper) spreads them.
 */
export function fieldControlProps({ htmlFor, error, hint, required }: FieldState) {
  const describedBy = [hint && !error ? fieldHintId(htmlFor) : null, error ? fieldErrorId(htmlFor) : null]
    .filter(Boolean)
    .join(" ");
  return {
    "aria-describedby": describedBy || undefined,
    "aria-invalid": error ? true : undefined,
    "aria-required": required ? true : undefined,
  } as const;
}

const unique = (ids: string) => [...new Set(ids.split(" ").filter(Boolean))].join(" ");

/**
 * A labelled form control with its hint or error message right under it. The error is announced
 * when it appears (role=alert) and, with the hint, described on the control (fieldControlProps).
 */
export function Field({
  label,
  htmlFor,
  error,
  hint,
  required,
  className,
  children,
}: FieldState & {
  label: string;
  className?: string;
  children: React.ReactNode;
}) {
  const aria = fieldControlProps({ htmlFor, error, hint, required });
  // The control is the child whose id the label points to: an <input>, <select> or <textarea>, or a
  // component that passes its props on to one (DateInput, MoneyInput). A control inside a wrapper or
  // a Controller spreads fieldControlProps itself.
  const describe = (el: React.ReactElement<Record<string, unknown>>) =>
    cloneElement(el, {
      "aria-describedby":
        unique(`${el.props["aria-describedby"] ?? ""} ${aria["aria-describedby"] ?? ""}`) || undefined,
      "aria-invalid": el.props["aria-invalid"] ?? aria["aria-invalid"],
      "aria-required": el.props["aria-required"] ?? aria["aria-required"],
    });
  const control = Children.map(children, (child) =>
    isValidElement<Record<string, unknown>>(child) && child.props.id === htmlFor ? describe(child) : child,
  );
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <label htmlFor={htmlFor} className="text-sm font-medium text-ink">
        {label}
        {required && (
          <span aria-hidden className="text-brand-600">
            {" "}
            *
          </span>
        )}
      </label>
      {control}
      {hint && !error && (
        <p id={fieldHintId(htmlFor)} className="text-xs text-ink-muted">
          {hint}
        </p>
      )}
      {error && (
        <p
          id={fieldErrorId(htmlFor)}
          role="alert"
          className="text-sm text-brand-700"
          data-field-error={htmlFor}
        >
          {error}
        </p>
      )}
    </div>
  );
}

export const inputClass = (invalid?: boolean) =>
  cn(
    "w-full rounded-lg border bg-white px-3 py-2 text-base sm:text-sm min-h-10 text-ink placeholder:text-ink-faint",
    invalid ? "border-brand-500 ring-1 ring-brand-500" : "border-surface-line focus:border-focus",
  );
