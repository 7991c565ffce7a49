"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { updateUnitInfoAction } from "@/lib/settings/actions";
import { unitInfoSchema, type UnitInfoValues } from "@/lib/settings/schema";

export function UnitForm({ initial }: { initial: UnitInfoValues }) {
  const router = useRouter();
  const toast = useToast();
  const form = useForm<UnitInfoValues>({ resolver: zodResolver(unitInfoSchema), defaultValues: initial });
  const { errors, isSubmitting, isDirty } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await updateUnitInfoAction(values);
    if (!result.ok) return toast("error", applyFieldErrors(result, form.setError) ?? "Không lưu được.");
    toast("success", "Đã lưu thông tin đơn vị.");
    form.reset(form.getValues());
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      <Field
        label="Tên công đoàn cơ sở"
        htmlFor="unit-name"
        error={errors.name?.message}
        required
        className="sm:col-span-2"
      >
        <input
          id="unit-name"
          className={inputClass(!!errors.name)}
          placeholder="Công đoàn Trường THPT …"
          {...form.register("name")}
        />
      </Field>
      <Field
        label="Tên công đoàn cấp trên"
        htmlFor="unit-parent"
        error={errors.parentName?.message}
        required
        hint="In ở dòng đầu tiêu đề văn bản."
      >
        <input
          id="unit-parent"
          className={inputClass(!!errors.parentName)}
          {...form.register("parentName")}
        />
      </Field>
      <Field
        label="Địa danh"
        htmlFor="unit-place"
        error={errors.placeName?.message}
        required
        hint="Ví dụ: Đà Nẵng, ngày … tháng … năm …"
      >
        <input id="unit-place" className={inputClass(!!errors.placeName)} {...form.register("placeName")} />
      </Field>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={isSubmitting || !isDirty}>
          {isSubmitting ? "Đang lưu…" : "Lưu thông tin đơn vị"}
        </Button>
      </div>
    </form>
  );
}
