"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormError, PasswordField } from "@/components/forms/password-field";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { login } from "@/lib/auth/actions";
import { loginSchema, type LoginValues } from "@/lib/auth/schema";

export function LoginForm() {
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<LoginValues>({
    resolver: zodResolver(loginSchema),
    defaultValues: { email: "", password: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await login(values);
    if (result && !result.ok) setError(result.error);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
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
