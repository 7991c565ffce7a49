"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { createAccountAction } from "@/lib/settings/accounts/actions";
import { createAccountSchema, type CreateAccountValues } from "@/lib/settings/accounts/schema";
import { HandOver, PasswordInput } from "./password-input";

type Candidate = { id: string; fullName: string; email: string; groupName: string };
const EMPTY: CreateAccountValues = { memberId: "", email: "", password: "" };

export function CreateAccountButton({ candidates }: { candidates: Candidate[] }) {
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<{ email: string; password: string } | null>(null);
  const form = useForm<CreateAccountValues>({
    resolver: zodResolver(createAccountSchema),
    defaultValues: EMPTY,
  });
  const { errors, isSubmitting } = form.formState;

  const close = () => {
    setOpen(false);
    setDone(null);
    form.reset(EMPTY);
  };
  const memberField = form.register("memberId", {
    // Prefill the member's contact email unless the chair already typed one.
    onChange: (e) => {
      const c = candidates.find((x) => x.id === e.target.value);
      if (!form.getFieldState("email").isDirty) form.setValue("email", c?.email ?? "");
    },
  });
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await createAccountAction(values);
    if (!result.ok)
      return toast("error", applyFieldErrors(result, form.setError) ?? "Không tạo được tài khoản.");
    toast("success", result.data.message);
    setDone({ email: values.email.trim().toLowerCase(), password: values.password });
    router.refresh();
  });

  return (
    <>
      <Button onClick={() => setOpen(true)}>Tạo tài khoản</Button>
      <Dialog open={open} onClose={close} title={done ? "Đã tạo tài khoản" : "Tạo tài khoản đăng nhập"}>
        {done ? (
          <HandOver email={done.email} password={done.password} onDone={close} />
        ) : candidates.length === 0 ? (
          <div className="flex flex-col gap-4">
            <p className="text-sm text-ink-muted">
              Mọi đoàn viên đang sinh hoạt đều đã có tài khoản. Thêm đoàn viên mới ở trang Đoàn viên trước.
            </p>
            <div className="flex justify-end">
              <Button variant="secondary" onClick={close}>
                Đóng
              </Button>
            </div>
          </div>
        ) : (
          <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
            <Field label="Đoàn viên" htmlFor="account-member" error={errors.memberId?.message} required>
              <select id="account-member" className={inputClass(!!errors.memberId)} {...memberField}>
                <option value="">— Chọn đoàn viên chưa có tài khoản —</option>
                {candidates.map((c) => (
                  <option key={c.id} value={c.id}>{`${c.fullName} (${c.groupName})`}</option>
                ))}
              </select>
            </Field>
            <Field label="Email đăng nhập" htmlFor="account-email" error={errors.email?.message} required>
              <input
                id="account-email"
                type="email"
                autoComplete="off"
                className={inputClass(!!errors.email)}
                {...form.register("email")}
              />
            </Field>
            <PasswordInput
              register={form.register("password")}
              error={errors.password?.message}
              onGenerate={(p) => form.setValue("password", p, { shouldValidate: true, shouldDirty: true })}
            />
            <DialogActions
              onCancel={close}
              submitting={isSubmitting}
              label="Tạo tài khoản"
              busyLabel="Đang tạo…"
            />
          </form>
        )}
      </Dialog>
    </>
  );
}
