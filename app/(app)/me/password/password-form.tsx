"use client";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { changePasswordAction } from "@/lib/auth/actions";
import { PASSWORD_RULE } from "@/lib/auth/password-rule";
import type { ChangePasswordValues } from "@/lib/auth/schema";

const resolver = lazyZodResolver<ChangePasswordValues>(() =>
  import("@/lib/auth/schema").then((m) => m.changePasswordSchema),
);

const FIELDS = [
  ["currentPassword", "Mật khẩu hiện tại", "current-password"],
  ["newPassword", "Mật khẩu mới", "new-password"],
  ["confirmPassword", "Nhập lại mật khẩu mới", "new-password"],
] as const;

export function PasswordForm() {
  const toast = useToast();
  const form = useForm<ChangePasswordValues>({
    resolver,
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await changePasswordAction(values);
    if (!result.ok)
      return toast("error", applyFieldErrors(result, form.setError) ?? "Không đổi được mật khẩu.");
    toast("success", "Đã đổi mật khẩu.");
    form.reset();
  });
  return (
    <form onSubmit={onSubmit} onFocus={resolver.preload} noValidate className="flex flex-col gap-4">
      {FIELDS.map(([name, label, autoComplete]) => (
        <Field
          key={name}
          label={label}
          htmlFor={name}
          error={errors[name]?.message}
          hint={name === "newPassword" ? PASSWORD_RULE : undefined}
        >
          <input
            id={name}
            type="password"
            autoComplete={autoComplete}
            className={inputClass(!!errors[name])}
            {...form.register(name)}
          />
        </Field>
      ))}
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Đang lưu…" : "Đổi mật khẩu"}
      </Button>
    </form>
  );
}
