"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { MoneyField } from "@/components/forms/money-field";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { setWelfareBudgetAction } from "@/lib/welfare/actions";
import { FUND_LABELS, FUNDS } from "@/lib/welfare/labels";
import { budgetSchema, type BudgetValues } from "@/lib/welfare/schema";

export function BudgetDialog({
  year,
  categories,
}: {
  year: number;
  categories: { id: string; name: string }[];
}) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const toast = useToast();
  const form = useForm<BudgetValues>({
    resolver: zodResolver(budgetSchema),
    defaultValues: { year, categoryId: "", fund: "UNION_FUND", amount: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await setWelfareBudgetAction(values);
    if (!result.ok) return void toast("error", applyFieldErrors(result, form.setError) ?? "Không lưu được.");
    toast("success", "Đã đặt dự toán.");
    setOpen(false);
    router.refresh();
  });
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Đặt dự toán
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={`Dự toán năm ${year}`}>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <Field label="Loại" htmlFor="b-cat" error={errors.categoryId?.message} required>
            <select
              id="b-cat"
              {...form.register("categoryId")}
              className={inputClass(Boolean(errors.categoryId))}
            >
              <option value="">— Chọn loại —</option>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Nguồn chi" htmlFor="b-fund" error={errors.fund?.message}>
            <select id="b-fund" {...form.register("fund")} className={inputClass()}>
              {FUNDS.map((f) => (
                <option key={f} value={f}>
                  {FUND_LABELS[f]}
                </option>
              ))}
            </select>
          </Field>
          <MoneyField
            control={form.control}
            name="amount"
            id="b-amount"
            label="Dự toán (đồng)"
            hint="Thay cho dự toán đã đặt của loại và nguồn này, nếu có."
            required
          />
          <DialogActions onCancel={() => setOpen(false)} submitting={isSubmitting} label="Lưu dự toán" />
        </form>
      </Dialog>
    </>
  );
}
