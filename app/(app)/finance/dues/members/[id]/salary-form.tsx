"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { MoneyField } from "@/components/forms/money-field";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { setMemberSalaryAction } from "@/lib/finance/dues/actions";
import { memberSalarySchema } from "@/lib/finance/dues/schema";
import type { z } from "@/lib/validation";

/** A dated salary change: a raise from 01/07 prices the dues from July on. */
export function SalaryForm({ memberId }: { memberId: string }) {
  const router = useRouter();
  const toast = useToast();
  const form = useForm<z.input<typeof memberSalarySchema>, unknown, z.output<typeof memberSalarySchema>>({
    resolver: zodResolver(memberSalarySchema),
    defaultValues: { memberId, effectiveFrom: "", bhxhSalary: "", netSalary: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (v) => {
    const res = await setMemberSalaryAction(v);
    if (!res.ok) return toast("error", applyFieldErrors(res, form.setError) ?? "Không lưu được.");
    toast("success", "Đã ghi mức lương mới.");
    form.reset({ memberId, effectiveFrom: "", bhxhSalary: "", netSalary: "" });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-4 sm:items-end">
      <Field label="Áp dụng từ ngày" htmlFor="salary-from" error={errors.effectiveFrom?.message} required>
        <input
          id="salary-from"
          placeholder="01/07/2026"
          {...form.register("effectiveFrom")}
          className={inputClass(Boolean(errors.effectiveFrom))}
        />
      </Field>
      <MoneyField control={form.control} name="bhxhSalary" id="salary-bhxh" label="Lương đóng BHXH" />
      <MoneyField
        control={form.control}
        name="netSalary"
        id="salary-net"
        label="Tiền lương thực lĩnh"
        hint="Doanh nghiệp nhà nước"
      />
      <div>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Đang lưu…" : "Ghi mức lương"}
        </Button>
      </div>
    </form>
  );
}
