"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { FormError, PasswordField } from "@/components/forms/password-field";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
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
      <PasswordField
        id="invite-password"
        hint={PASSWORD_RULE}
        autoComplete="new-password"
        error={errors.password?.message}
        registration={form.register("password")}
      />
      <PasswordField
        id="invite-confirm"
        label="Nhập lại mật khẩu"
        autoComplete="new-password"
        error={errors.confirmPassword?.message}
        registration={form.register("confirmPassword")}
      />
      <FormError message={error} />
      <Button type="submit" disabled={!hydrated || isSubmitting} className="w-full">
        {isSubmitting ? "Đang lưu…" : "Đặt mật khẩu và đăng nhập"}
      </Button>
    </form>
  );
}
