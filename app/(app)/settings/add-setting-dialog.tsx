"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { Dialog } from "@/components/ui/dialog";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { formatDate } from "@/lib/format";
import { addSettingValueAction } from "@/lib/settings/actions";
import { SETTING_REGISTRY, type SettingKey } from "@/lib/settings/registry";
import { addSettingSchema, type AddSettingValues } from "@/lib/settings/schema";
import { formatSettingValue, parseSettingInput } from "@/lib/settings/service";
import { SettingValueInput } from "./setting-value-input";

/** Adds a dated value in two steps: fill in, then confirm (saved values cannot be changed). */
export function AddSettingDialog({
  settingKey,
  today,
  onClose,
}: {
  settingKey: SettingKey | null;
  today: string;
  onClose: () => void;
}) {
  const router = useRouter();
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const form = useForm<AddSettingValues>({
    resolver: zodResolver(addSettingSchema),
    defaultValues: { key: "", value: "", effectiveFrom: formatDate(today), note: "" },
  });
  const { errors, isSubmitting } = form.formState;

  useEffect(() => {
    if (!settingKey) return;
    const def = SETTING_REGISTRY[settingKey];
    const first = def.kind === "choice" ? def.choices[0].value : "";
    form.reset({ key: settingKey, value: first, effectiveFrom: formatDate(today), note: "" });
    // Another setting was chosen: the dialog starts over, its confirmation step included.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setConfirming(false);
  }, [settingKey, today, form]);

  if (!settingKey)
    return (
      <Dialog open={false} onClose={onClose} title="Thêm giá trị mới">
        {null}
      </Dialog>
    );
  const def = SETTING_REGISTRY[settingKey];

  const review = form.handleSubmit(() => setConfirming(true));
  const save = form.handleSubmit(async (values) => {
    const result = await addSettingValueAction(values);
    if (!result.ok) {
      setConfirming(false);
      return toast("error", applyFieldErrors(result, form.setError) ?? "Không lưu được.");
    }
    toast("success", result.data.message);
    onClose();
    router.refresh();
  });

  const v = form.getValues();
  const parsed = confirming ? parseSettingInput(def, v.value) : null;
  return (
    <Dialog open onClose={onClose} title="Thêm giá trị mới">
      <p className="mb-4 text-sm text-ink-muted">{def.label}</p>
      {confirming && parsed?.ok ? (
        <div className="flex flex-col gap-4">
          <p className="text-sm text-ink">
            Áp dụng <strong>{formatSettingValue(def, parsed.value)}</strong> từ ngày{" "}
            <strong>{formatDate(v.effectiveFrom)}</strong>
            {v.effectiveFrom < today && " (ngày đã qua: các kỳ từ ngày này sẽ được tính theo giá trị mới)"}.
          </p>
          <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Giá trị đã lưu không sửa hay xóa được; muốn thay đổi, hãy thêm một giá trị mới với ngày hiệu lực
            khác.
          </p>
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="secondary" onClick={() => setConfirming(false)} disabled={isSubmitting}>
              Quay lại
            </Button>
            <Button onClick={save} disabled={isSubmitting}>
              {isSubmitting ? "Đang lưu…" : "Xác nhận lưu"}
            </Button>
          </div>
        </div>
      ) : (
        <form onSubmit={review} noValidate className="flex flex-col gap-4">
          <SettingValueInput def={def} register={form.register("value")} error={errors.value?.message} />
          <Field
            label="Hiệu lực từ ngày"
            htmlFor="setting-from"
            error={errors.effectiveFrom?.message}
            required
          >
            <DateInput
              id="setting-from"
              invalid={!!errors.effectiveFrom}
              {...form.register("effectiveFrom")}
            />
          </Field>
          <Field
            label="Ghi chú / căn cứ"
            htmlFor="setting-note"
            error={errors.note?.message}
            hint="Ví dụ: Nghị quyết BCH số 05/NQ-CĐCS."
          >
            <input id="setting-note" className={inputClass(!!errors.note)} {...form.register("note")} />
          </Field>
          <div className="flex flex-wrap justify-end gap-2">
            <Button variant="secondary" onClick={onClose}>
              Hủy
            </Button>
            <Button type="submit">Tiếp tục</Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
