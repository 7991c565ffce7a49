"use client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { updateOwnContactAction } from "@/lib/members/actions";
import type { ContactValues } from "@/lib/members/schema";

const resolver = lazyZodResolver<ContactValues>(() =>
  import("@/lib/members/schema").then((m) => m.contactSchema),
);

export function ContactForm({ initial }: { initial: ContactValues }) {
  const router = useRouter();
  const toast = useToast();
  const form = useForm<ContactValues>({ resolver, defaultValues: initial });
  const { errors, isSubmitting, isDirty } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await updateOwnContactAction(values);
    if (!result.ok) return toast("error", applyFieldErrors(result, form.setError) ?? "Không lưu được.");
    toast("success", "Đã cập nhật thông tin liên hệ.");
    form.reset(values);
    router.refresh();
  });
  return (
    <form
      onSubmit={onSubmit}
      onFocus={resolver.preload}
      noValidate
      className="grid grid-cols-1 gap-4 sm:grid-cols-2"
    >
      <Field label="Điện thoại" htmlFor="phone" error={errors.phone?.message}>
        <input
          id="phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          className={inputClass(!!errors.phone)}
          {...form.register("phone")}
        />
      </Field>
      <Field label="Email liên hệ" htmlFor="email" error={errors.email?.message}>
        <input
          id="email"
          type="email"
          autoComplete="email"
          className={inputClass(!!errors.email)}
          {...form.register("email")}
        />
      </Field>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={isSubmitting || !isDirty}>
          {isSubmitting ? "Đang lưu…" : "Lưu thông tin liên hệ"}
        </Button>
      </div>
    </form>
  );
}
