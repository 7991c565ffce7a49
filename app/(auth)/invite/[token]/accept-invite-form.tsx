"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { acceptInvite } from "@/lib/auth/actions";
import { PASSWORD_RULE } from "@/lib/auth/password-rule";
import { acceptInviteSchema, type AcceptInviteValues } from "@/lib/org/schema";

export function AcceptInviteForm({ token }: { token: string }) {
  const hydrated = useHydrated();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<AcceptInviteValues>({
    resolver: zodResolver(acceptInviteSchema),
    defaultValues: { token, password: "", confirmPassword: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const result = await acceptInvite(values);
    if (result && !result.ok) setError(applyFieldErrors(result, form.setError) ?? result.error);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <Field label="Mật khẩu" htmlFor="invite-password" hint={PASSWORD_RULE} error={errors.password?.message}>
        <input
          id="invite-password"
          type="password"
          autoComplete="new-password"
          className={inputClass(!!errors.password)}
          {...form.register("password")}
        />
      </Field>
      <Field label="Nhập lại mật khẩu" htmlFor="invite-confirm" error={errors.confirmPassword?.message}>
        <input
          id="invite-confirm"
          type="password"
          autoComplete="new-password"
          className={inputClass(!!errors.confirmPassword)}
          {...form.register("confirmPassword")}
        />
      </Field>
      {error && (
        <p role="alert" className="rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-800">
          {error}
        </p>
      )}
      <Button type="submit" disabled={!hydrated || isSubmitting} className="w-full">
        {isSubmitting ? "Đang lưu…" : "Đặt mật khẩu và đăng nhập"}
      </Button>
    </form>
  );
}
