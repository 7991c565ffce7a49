"use client";
import { useController, type Control, type FieldValues, type Path } from "react-hook-form";

export type CheckOption = { id: string; name: string; hint?: string };

/** A list of checkboxes bound to an array of ids; big touch targets for phones. */
export function CheckList<T extends FieldValues>({
  control,
  name,
  options,
  legend,
  error,
  disabled,
}: {
  control: Control<T>;
  name: Path<T>;
  options: CheckOption[];
  legend: string;
  error?: string;
  disabled?: boolean;
}) {
  const { field } = useController({ control, name });
  const value: string[] = field.value ?? [];
  const toggle = (id: string) =>
    field.onChange(value.includes(id) ? value.filter((v) => v !== id) : [...value, id]);
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="mb-1 text-sm font-medium text-ink">{legend}</legend>
      {options.length === 0 && <p className="text-sm text-ink-muted">Danh mục đang trống.</p>}
      {options.map((o) => (
        <label
          key={o.id}
          className="flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-surface-line px-3 py-2 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50"
        >
          <input
            type="checkbox"
            className="mt-0.5 size-5 shrink-0"
            checked={value.includes(o.id)}
            onChange={() => toggle(o.id)}
            disabled={disabled}
          />
          <span>
            <span className="text-ink">{o.name}</span>
            {o.hint && <span className="block text-xs text-ink-muted">{o.hint}</span>}
          </span>
        </label>
      ))}
      {error && (
        <p role="alert" id={`${name}-error`} className="text-sm text-brand-700" data-field-error={name}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
