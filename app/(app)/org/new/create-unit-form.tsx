"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { createGrassrootsUnitAction } from "@/lib/org/actions";
import {
  createGrassrootsUnitSchema,
  CYCLES,
  UNIT_TYPES,
  type CreateGrassrootsUnitValues,
} from "@/lib/org/schema";

const EMPTY: CreateGrassrootsUnitValues = { name: "", unitType: "", cycle: "", placeName: "" };

export function CreateUnitForm() {
  const hydrated = useHydrated();
  const router = useRouter();
  const toast = useToast();
  const form = useForm<CreateGrassrootsUnitValues>({
    resolver: zodResolver(createGrassrootsUnitSchema),
    defaultValues: EMPTY,
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await createGrassrootsUnitAction(values);
    if (!result.ok) return toast("error", applyFieldErrors(result, form.setError) ?? "Không tạo được CĐCS.");
    toast("success", result.data.message);
    router.push(`/org/${result.data.id}`);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <Field label="Tên công đoàn cơ sở" htmlFor="unit-name" error={errors.name?.message} required>
        <input
          id="unit-name"
          placeholder="Ví dụ: Công đoàn Trường THPT Phan Châu Trinh"
          className={inputClass(!!errors.name)}
          {...form.register("name")}
        />
      </Field>
      <Field label="Loại hình đơn vị" htmlFor="unit-type" error={errors.unitType?.message} required>
        <select id="unit-type" className={inputClass(!!errors.unitType)} {...form.register("unitType")}>
          <option value="">— Chọn loại hình —</option>
          {UNIT_TYPES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Năm thi đua, xếp loại" htmlFor="unit-cycle" error={errors.cycle?.message} required>
        <select id="unit-cycle" className={inputClass(!!errors.cycle)} {...form.register("cycle")}>
          <option value="">— Chọn năm thi đua —</option>
          {CYCLES.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="Địa danh (in trên văn bản)"
        htmlFor="unit-place"
        error={errors.placeName?.message}
        required
      >
        <input
          id="unit-place"
          placeholder="Ví dụ: Đà Nẵng"
          className={inputClass(!!errors.placeName)}
          {...form.register("placeName")}
        />
      </Field>
      <div className="flex justify-end">
        <Button type="submit" disabled={!hydrated || isSubmitting}>
          {isSubmitting ? "Đang tạo…" : "Tạo CĐCS"}
        </Button>
      </div>
    </form>
  );
}
