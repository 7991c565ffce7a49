"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { MoneyInput } from "@/components/forms/money-input";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { createRateVersionAction } from "@/lib/welfare/actions";
import { rateVersionSchema, type RateVersionValues } from "@/lib/welfare/schema";

type Line = RateVersionValues["lines"][number] & { name: string };

/** A new version of the quy chế, starting from the current one's lines. Versions are added, never edited. */
export function RateVersionDialog({ lines }: { lines: Line[] }) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const toast = useToast();
  const form = useForm<RateVersionValues>({
    resolver: zodResolver(rateVersionSchema),
    defaultValues: {
      effectiveFrom: "",
      adoptedOn: "",
      reference: "",
      lines: lines.map(({ name: _n, ...l }) => l),
    },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await createRateVersionAction(values);
    if (!result.ok) return void toast("error", applyFieldErrors(result, form.setError) ?? "Không lưu được.");
    toast("success", "Đã thêm phiên bản quy chế.");
    setOpen(false);
    router.refresh();
  });
  // A line's amount, typed as money like every amount (shown 1.000.000 once left); its error shows
  // with the line's others under the line.
  type MoneyKey = "defaultAmount" | "maxPerTime" | "maxAmountPerYear";
  const money = (i: number, key: MoneyKey, label: string) => (
    <label>
      {label}
      <Controller
        control={form.control}
        name={`lines.${i}.${key}`}
        render={({ field, fieldState }) => (
          <MoneyInput
            value={field.value ?? ""}
            onChange={field.onChange}
            onBlur={field.onBlur}
            invalid={Boolean(fieldState.error)}
          />
        )}
      />
    </label>
  );
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        + Phiên bản mới
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Phiên bản quy chế mới">
        <form onSubmit={onSubmit} noValidate className="flex max-h-[75vh] flex-col gap-3 overflow-y-auto">
          <Field label="Văn bản" htmlFor="rv-ref" error={errors.reference?.message} required>
            <input
              id="rv-ref"
              {...form.register("reference")}
              placeholder="Quy chế chi tiêu nội bộ số …/QC-CĐCS"
              className={inputClass(Boolean(errors.reference))}
            />
          </Field>
          <div className="grid grid-cols-2 gap-3">
            <Field label="Ngày ban hành" htmlFor="rv-adopted" error={errors.adoptedOn?.message} required>
              <DateInput
                id="rv-adopted"
                {...form.register("adoptedOn")}
                invalid={Boolean(errors.adoptedOn)}
              />
            </Field>
            <Field label="Áp dụng từ ngày" htmlFor="rv-from" error={errors.effectiveFrom?.message} required>
              <DateInput
                id="rv-from"
                {...form.register("effectiveFrom")}
                invalid={Boolean(errors.effectiveFrom)}
              />
            </Field>
          </div>
          <p className="text-xs text-ink-muted">
            Để trống ô giới hạn nghĩa là không giới hạn. Số tiền tính bằng đồng.
          </p>
          {lines.map((l, i) => (
            <fieldset
              key={l.categoryId}
              className="grid grid-cols-2 gap-2 border-t border-surface-line pt-2 text-xs"
            >
              <legend className="col-span-full text-sm font-medium">{l.name}</legend>
              {money(i, "defaultAmount", "Mức thường")}
              {money(i, "maxPerTime", "Tối đa/lần")}
              <label>
                Lần/năm
                <input
                  {...form.register(`lines.${i}.maxTimesPerYear`)}
                  inputMode="numeric"
                  className={`${inputClass()} text-right tabular-nums`}
                />
              </label>
              {money(i, "maxAmountPerYear", "Tối đa/năm")}
              {errors.lines?.[i] && (
                <p role="alert" className="col-span-full text-brand-700">
                  {Object.values(errors.lines[i] ?? {})
                    .map((e) => (e as { message?: string })?.message)
                    .filter(Boolean)
                    .join(" ")}
                </p>
              )}
            </fieldset>
          ))}
          <DialogActions onCancel={() => setOpen(false)} submitting={isSubmitting} label="Thêm phiên bản" />
        </form>
      </Dialog>
    </>
  );
}
