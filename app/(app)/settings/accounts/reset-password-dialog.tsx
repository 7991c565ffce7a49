"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { useToast } from "@/components/ui/toast";
import { resetAccountPasswordAction } from "@/lib/settings/accounts/actions";
import type { AccountRow } from "@/lib/settings/accounts/queries";
import { resetPasswordSchema, type ResetPasswordValues } from "@/lib/settings/accounts/schema";
import { HandOver, PasswordInput } from "./password-input";

export function ResetPasswordDialog({ account, onClose }: { account: AccountRow; onClose: () => void }) {
  const toast = useToast();
  const [done, setDone] = useState<string | null>(null);
  const form = useForm<ResetPasswordValues>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { userId: account.id, password: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await resetAccountPasswordAction(values);
    if (!result.ok)
      return toast("error", applyFieldErrors(result, form.setError) ?? "Không đặt lại được mật khẩu.");
    toast("success", result.data.message);
    setDone(values.password);
  });
  return (
    <Dialog open onClose={onClose} title={done ? "Đã đặt lại mật khẩu" : "Đặt lại mật khẩu"}>
      {done ? (
        <HandOver email={account.email} password={done} onDone={onClose} />
      ) : (
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <p className="text-sm text-ink-muted">
            Đặt mật khẩu tạm mới cho{" "}
            <strong className="text-ink">{account.memberName ?? account.email}</strong>. Mật khẩu cũ sẽ không
            dùng được nữa.
          </p>
          <PasswordInput
            register={form.register("password")}
            error={errors.password?.message}
            onGenerate={(p) => form.setValue("password", p, { shouldValidate: true })}
          />
          <DialogActions onCancel={onClose} submitting={isSubmitting} label="Đặt lại mật khẩu" />
        </form>
      )}
    </Dialog>
  );
}
