"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { FormError, PasswordField } from "@/components/forms/password-field";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { login } from "@/lib/auth/actions";
import type { LoginValues } from "@/lib/auth/schema";

// The schema (and zod) arrive when the form is first focused, not with the page (lazy-resolver.ts).
const resolver = lazyZodResolver<LoginValues>(() => import("@/lib/auth/schema").then((m) => m.loginSchema));

export function LoginForm() {
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<LoginValues>({
    resolver,
    defaultValues: { email: "", password: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await login(values);
    if (result && !result.ok) setError(result.error);
  });

  return (
    <form onSubmit={onSubmit} onFocus={resolver.preload} noValidate className="flex flex-col gap-4">
      <Field label="Email" htmlFor="email" error={errors.email?.message}>
        <input
          id="email"
          type="email"
          autoComplete="username"
          autoFocus
          className={inputClass(!!errors.email)}
          {...form.register("email")}
        />
      </Field>
      <PasswordField
        id="password"
        autoComplete="current-password"
        error={errors.password?.message}
        registration={form.register("password")}
      />
      <FormError message={error} testId="login-error" />
      <Button type="submit" disabled={!hydrated || isSubmitting} className="w-full">
        {isSubmitting ? "Đang đăng nhập…" : "Đăng nhập"}
      </Button>
    </form>
  );
}
