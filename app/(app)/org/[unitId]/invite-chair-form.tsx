"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { inviteChairAction } from "@/lib/org/actions";
import { inviteChairSchema, type InviteChairValues } from "@/lib/org/schema";
import { InviteLink } from "./invite-link";

export function InviteChairForm({ unitId, canInvite }: { unitId: string; canInvite: boolean }) {
  const hydrated = useHydrated();
  const router = useRouter();
  const toast = useToast();
  const [link, setLink] = useState<string | null>(null);
  const form = useForm<InviteChairValues>({
    resolver: zodResolver(inviteChairSchema),
    defaultValues: { unitId, fullName: "", gender: "" as InviteChairValues["gender"], email: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await inviteChairAction(values);
    if (!result.ok)
      return toast("error", applyFieldErrors(result, form.setError) ?? "Không gửi được lời mời.");
    toast("success", result.data.message);
    setLink(`${window.location.origin}${result.data.link}`);
    router.refresh();
  });
  if (link)
    return (
      <InviteLink link={link} label="Liên kết mời">
        Đã gửi thư mời (nếu hệ thống đã cài đặt e-mail). Liên kết dưới đây chỉ hiện một lần, dùng được một lần
        trong 7 ngày: gửi riêng cho chủ tịch.
      </InviteLink>
    );
  if (!canInvite) return null;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <Field label="Họ và tên chủ tịch" htmlFor="chair-name" error={errors.fullName?.message} required>
        <input id="chair-name" className={inputClass(!!errors.fullName)} {...form.register("fullName")} />
      </Field>
      <Field label="Giới tính" htmlFor="chair-gender" error={errors.gender?.message} required>
        <select id="chair-gender" className={inputClass(!!errors.gender)} {...form.register("gender")}>
          <option value="">— Chọn —</option>
          <option value="FEMALE">Nữ</option>
          <option value="MALE">Nam</option>
        </select>
      </Field>
      <Field label="Email" htmlFor="chair-email" error={errors.email?.message} required>
        <input
          id="chair-email"
          type="email"
          className={inputClass(!!errors.email)}
          {...form.register("email")}
        />
      </Field>
      <div className="flex justify-end">
        <Button type="submit" disabled={!hydrated || isSubmitting}>
          {isSubmitting ? "Đang mời…" : "Mời chủ tịch"}
        </Button>
      </div>
    </form>
  );
}
