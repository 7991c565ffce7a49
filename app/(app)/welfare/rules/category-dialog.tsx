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
import { createWelfareCategoryAction, updateWelfareCategoryAction } from "@/lib/welfare/actions";
import { CATEGORY_KIND_LABELS, CATEGORY_KINDS } from "@/lib/welfare/labels";
import { categorySchema, type CategoryValues } from "@/lib/welfare/schema";

export function CategoryDialog({ category }: { category?: CategoryValues & { id: string } }) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const toast = useToast();
  const form = useForm<CategoryValues>({
    resolver: zodResolver(categorySchema),
    defaultValues: category ?? { name: "", kind: "PAYMENT", relativeApplies: false, archived: false },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = category
      ? await updateWelfareCategoryAction({ id: category.id, values })
      : await createWelfareCategoryAction(values);
    if (!result.ok)
      return void toast("error", applyFieldErrors(result, form.setError, "values.") ?? "Không lưu được.");
    toast("success", "Đã lưu loại thăm hỏi.");
    setOpen(false);
    router.refresh();
  });
  return (
    <>
      <Button
        variant={category ? "ghost" : "secondary"}
        onClick={() => setOpen(true)}
        aria-label={category ? `Sửa ${category.name}` : undefined}
      >
        {category ? "Sửa" : "+ Thêm loại"}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={category ? "Sửa loại thăm hỏi" : "Thêm loại thăm hỏi"}
      >
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <Field label="Tên loại" htmlFor="cat-name" error={errors.name?.message} required>
            <input id="cat-name" {...form.register("name")} className={inputClass(Boolean(errors.name))} />
          </Field>
          <Field label="Nhóm" htmlFor="cat-kind" error={errors.kind?.message}>
            <select id="cat-kind" {...form.register("kind")} className={inputClass()}>
              {CATEGORY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {CATEGORY_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </Field>
          <label className="inline-flex items-center gap-2 text-sm">
            <input type="checkbox" {...form.register("relativeApplies")} /> Có thể cho thân nhân của đoàn viên
            (ghi tên, quan hệ)
          </label>
          <label className="inline-flex items-center gap-2 text-sm">
            <input type="checkbox" {...form.register("archived")} /> Ngừng dùng (các lượt đã ghi vẫn giữ
            nguyên)
          </label>
          <DialogActions onCancel={() => setOpen(false)} submitting={isSubmitting} label="Lưu" />
        </form>
      </Dialog>
    </>
  );
}
