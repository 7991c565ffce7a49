import { cn } from "./cn";

/** A labelled form control with its error message right under it. */
export function Field({
  label,
  htmlFor,
  error,
  hint,
  required,
  className,
  children,
}: {
  label: string;
  htmlFor: string;
  error?: string;
  hint?: string;
  required?: boolean;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <label htmlFor={htmlFor} className="text-sm font-medium text-ink">
        {label}
        {required && <span className="text-brand-600"> *</span>}
      </label>
      {children}
      {hint && !error && <p className="text-xs text-ink-muted">{hint}</p>}
      {error && (
        <p id={`${htmlFor}-error`} className="text-sm text-brand-700" data-field-error={htmlFor}>
          {error}
        </p>
      )}
    </div>
  );
}

export const inputClass = (invalid?: boolean) =>
  cn(
    "w-full rounded-lg border bg-white px-3 py-2 text-base sm:text-sm min-h-10 text-ink placeholder:text-ink-faint",
    invalid ? "border-brand-500 ring-1 ring-brand-500" : "border-surface-line focus:border-brand-500",
  );
