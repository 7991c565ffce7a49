"use client";
import { type Control, Controller, type FieldPath, type FieldValues } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { MoneyInput } from "./money-input";

type Props<T extends FieldValues> = {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  /** The input's id (what the label points to); the field's name unless told. */
  id?: string;
  hint?: string;
  required?: boolean;
  className?: string;
};

/**
 * A labelled money field of a react-hook-form form: a MoneyInput ("1000000" shown as "1.000.000"
 * once left) inside <Field>, which puts the label, the hint, the error (announced) and the
 * control's aria-describedby / aria-invalid / aria-required on it. The error is the field's own.
 */
export function MoneyField<T extends FieldValues>({
  control,
  name,
  label,
  id = name,
  hint,
  required,
  className,
}: Props<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field
          label={label}
          htmlFor={id}
          error={fieldState.error?.message}
          hint={hint}
          required={required}
          className={className}
        >
          <MoneyInput
            id={id}
            value={field.value == null ? "" : String(field.value)}
            onChange={field.onChange}
            onBlur={field.onBlur}
            invalid={Boolean(fieldState.error)}
          />
        </Field>
      )}
    />
  );
}
