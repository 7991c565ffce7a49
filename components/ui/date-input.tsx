import { inputClass } from "./field";

/**
 * A date typed as dd/mm/yyyy. A native <input type="date"> shows the browser's
 * format (mm/dd/yyyy in an English browser), so dates are text checked by zod.
 */
export function DateInput({
  invalid,
  className,
  ...props
}: React.InputHTMLAttributes<HTMLInputElement> & { invalid?: boolean; ref?: React.Ref<HTMLInputElement> }) {
  return (
    <input
      type="text"
      inputMode="numeric"
      placeholder="dd/mm/yyyy"
      autoComplete="off"
      maxLength={10}
      aria-invalid={invalid || undefined}
      className={className ?? inputClass(invalid)}
      {...props}
    />
  );
}
