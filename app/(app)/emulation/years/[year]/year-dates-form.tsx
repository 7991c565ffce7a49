"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { updateEmulationYearAction } from "@/lib/emulation/actions";
import { updateYearSchema, type UpdateYearValues } from "@/lib/emulation/schema";

export function YearDatesForm({ initial }: { initial: UpdateYearValues }) {
  const router = useRouter();
  const toast = useToast();
  const form = useForm<UpdateYearValues>({ resolver: zodResolver(updateYearSchema), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await updateEmulationYearAction(values);
    if (!result.ok) return toast("error", applyFieldErrors(result, form.setError) ?? "Không lưu được.");
    toast("success", "Đã lưu thời hạn của năm thi đua.");
    router.refresh();
  });
  const date = (name: "registrationDeadline" | "assessmentOpensOn" | "assessmentClosesOn", label: string) => (
    <Field label={label} htmlFor={name} error={errors[name]?.message} required>
      <DateInput id={name} invalid={!!errors[name]} {...form.register(name)} />
    </Field>
  );
  return (
    <form onSubmit={onSubmit} noValidate className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      {date("registrationDeadline", "Hạn đăng ký")}
      <Field label="Trạng thái" htmlFor="status">
        <select id="status" className={inputClass()} {...form.register("status")}>
          <option value="OPEN">Đang mở</option>
          <option value="CLOSED">Đã khóa (không nhận đăng ký, tự đánh giá)</option>
        </select>
      </Field>
      {date("assessmentOpensOn", "Mở tự đánh giá")}
      {date("assessmentClosesOn", "Đóng tự đánh giá")}
      <div className="sm:col-span-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Đang lưu…" : "Lưu thời hạn"}
        </Button>
      </div>
    </form>
  );
}
