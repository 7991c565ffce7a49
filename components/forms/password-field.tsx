// A password input in its labelled Field, as the sign-in and the invite forms show it; and the
// form-level error line under such a form.
import type { UseFormRegisterReturn } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";

export function PasswordField({
  id,
  label = "Mật khẩu",
  error,
  hint,
  autoComplete,
  registration,
}: {
  id: string;
  label?: string;
  error?: string;
  hint?: string;
  /** "current-password" to sign in, "new-password" to set one. */
  autoComplete: "current-password" | "new-password";
  registration: UseFormRegisterReturn;
}) {
  return (
    <Field label={label} htmlFor={id} hint={hint} error={error}>
      <input
        id={id}
        type="password"
        autoComplete={autoComplete}
        className={inputClass(!!error)}
        {...registration}
      />
    </Field>
  );
}

/** The error of the whole form (not of one field), read out when it appears. */
export function FormError({ message, testId }: { message: string | null; testId?: string }) {
  if (!message) return null;
  return (
    <p role="alert" className="rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-800" data-testid={testId}>
      {message}
    </p>
  );
}
