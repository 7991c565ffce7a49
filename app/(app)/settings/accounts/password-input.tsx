"use client";
import { useId } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, fieldControlProps, inputClass } from "@/components/ui/field";
import { generateTemporaryPassword, TEMP_PASSWORD_RULE } from "@/lib/settings/accounts/temp-password";

/** A visible temporary-password box with a "Tạo ngẫu nhiên" button: the chair reads it out or copies it. */
export function PasswordInput({
  register,
  error,
  onGenerate,
}: {
  register: UseFormRegisterReturn;
  error?: string;
  onGenerate: (password: string) => void;
}) {
  // Two dialogs on the page hold this input, so the id must be unique for the label to point at it.
  const id = `temp-password-${useId()}`;
  return (
    <Field label="Mật khẩu tạm" htmlFor={id} error={error} hint={TEMP_PASSWORD_RULE} required>
      <div className="flex gap-2">
        <input
          id={id}
          {...fieldControlProps({ htmlFor: id, error, hint: TEMP_PASSWORD_RULE, required: true })}
          type="text"
          autoComplete="off"
          spellCheck={false}
          className={`${inputClass(!!error)} font-mono`}
          {...register}
        />
        <Button
          variant="secondary"
          className="shrink-0 px-3"
          onClick={() => onGenerate(generateTemporaryPassword())}
        >
          Tạo ngẫu nhiên
        </Button>
      </div>
    </Field>
  );
}

/** Shown once after saving: what to hand over to the member. */
export function HandOver({
  email,
  password,
  onDone,
}: {
  email: string;
  password: string;
  onDone: () => void;
}) {
  return (
    <div className="flex flex-col gap-4">
      <dl className="rounded-lg border border-surface-line bg-surface-sunken/50 p-3 text-sm">
        <dt className="text-ink-muted">Email đăng nhập</dt>
        <dd className="mb-2 break-all font-medium text-ink">{email}</dd>
        <dt className="text-ink-muted">Mật khẩu tạm</dt>
        <dd className="font-mono text-base font-semibold text-ink" data-testid="temp-password">
          {password}
        </dd>
      </dl>
      <p className="text-sm text-ink-muted">
        Gửi riêng thông tin này cho đoàn viên. Sau khi đóng, mật khẩu không hiện lại.
      </p>
      <div className="flex justify-end">
        <Button onClick={onDone}>Xong</Button>
      </div>
    </div>
  );
}
