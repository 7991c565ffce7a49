"use client";
import { useRouter } from "next/navigation";
import { Controller, useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { MoneyField } from "@/components/forms/money-field";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { createVisitAction, updateVisitAction } from "@/lib/welfare/actions";
import { FUND_LABELS, FUNDS } from "@/lib/welfare/labels";
import type { VisitFormValues } from "@/lib/welfare/schema";
import { BudgetHint } from "./budget-hint";
import { LimitWarning } from "./limit-warning";
import { useLimitPreview } from "./use-limit-preview";
import { VisitorChecklist } from "./visitor-checklist";

export type VisitFormOptions = {
  members: { id: string; fullName: string; group: { name: string } }[];
  categories: { id: string; name: string; relativeApplies: boolean }[];
  visitors: { id: string; fullName: string }[];
};
type Props = VisitFormOptions & { visitId?: string; initial: VisitFormValues };

// The schema (and zod) arrive when the form is first focused, not with the page (lazy-resolver.ts).
const resolver = lazyZodResolver<VisitFormValues>(() =>
  import("@/lib/welfare/schema").then((m) => m.visitFormSchema),
);

export function VisitForm({ visitId, initial, members, categories, visitors }: Props) {
  const router = useRouter();
  const toast = useToast();
  const form = useForm<VisitFormValues>({
    resolver,
    defaultValues: initial,
    mode: "onTouched",
  });
  const { register, control, watch, formState } = form;
  const { errors, isSubmitting } = formState;
  const [memberId, categoryId, eventOn, amount, fund, reason, ref, budgetReason] = watch([
    "memberId",
    "categoryId",
    "eventOn",
    "amount",
    "fund",
    "overrideReason",
    "overrideDecisionRef",
    "budgetOverrideReason",
  ]);
  const preview = useLimitPreview({ memberId, categoryId, eventOn, amount, fund, visitId });
  const needsBudgetReason = Boolean(preview.budgetWarning || errors.budgetOverrideReason || budgetReason);
  const category = categories.find((c) => c.id === categoryId);
  const needsOverride =
    preview.issues.length > 0 ||
    Boolean(errors.overrideReason || errors.overrideDecisionRef || reason || ref);

  const onSubmit = form.handleSubmit(async (values) => {
    const result = visitId
      ? await updateVisitAction({ id: visitId, values })
      : await createVisitAction(values);
    if (!result.ok) {
      toast("error", applyFieldErrors(result, form.setError, "values.") ?? "Không lưu được.");
      return;
    }
    toast("success", visitId ? "Đã lưu thay đổi." : "Đã ghi đề xuất thăm hỏi.");
    router.push(`/welfare/${result.data.id}`);
    router.refresh();
  });

  const err = (name: keyof VisitFormValues) => errors[name]?.message as string | undefined;
  return (
    <form onSubmit={onSubmit} onFocus={resolver.preload} noValidate className="flex flex-col gap-4">
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field label="Đoàn viên" htmlFor="memberId" error={err("memberId")} required>
          <select id="memberId" {...register("memberId")} className={inputClass(Boolean(errors.memberId))}>
            <option value="">— Chọn đoàn viên —</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>{`${m.fullName} (${m.group.name})`}</option>
            ))}
          </select>
        </Field>
        <Field label="Loại thăm hỏi" htmlFor="categoryId" error={err("categoryId")} required>
          <select
            id="categoryId"
            {...register("categoryId")}
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
        {category?.relativeApplies && (
          <>
            <Field label="Tên thân nhân" htmlFor="relativeName" error={err("relativeName")} required>
              <input
                id="relativeName"
                {...register("relativeName")}
                className={inputClass(Boolean(errors.relativeName))}
              />
            </Field>
            <Field
              label="Quan hệ với đoàn viên"
              htmlFor="relationship"
              error={err("relationship")}
              hint="Ví dụ: bố đẻ, mẹ vợ, con"
              required
            >
              <input
                id="relationship"
                {...register("relationship")}
                className={inputClass(Boolean(errors.relationship))}
              />
            </Field>
          </>
        )}
        <Field label="Ngày sự việc" htmlFor="eventOn" error={err("eventOn")} required>
          <DateInput id="eventOn" {...register("eventOn")} invalid={Boolean(errors.eventOn)} />
        </Field>
        <Field
          label="Ngày thăm / chi"
          htmlFor="visitedOn"
          error={err("visitedOn")}
          hint="Để trống nếu chưa đi thăm."
        >
          <DateInput id="visitedOn" {...register("visitedOn")} invalid={Boolean(errors.visitedOn)} />
        </Field>
        <MoneyField control={control} name="amount" label="Số tiền (đồng)" required />
        <Field
          label="Quà hiện vật"
          htmlFor="giftInKind"
          error={err("giftInKind")}
          hint="Ví dụ: sữa, trái cây"
        >
          <input
            id="giftInKind"
            {...register("giftInKind")}
            className={inputClass(Boolean(errors.giftInKind))}
          />
        </Field>
        <Field label="Nguồn chi" htmlFor="fund" error={err("fund")} required>
          <select id="fund" {...register("fund")} className={inputClass(Boolean(errors.fund))}>
            {FUNDS.map((f) => (
              <option key={f} value={f}>
                {FUND_LABELS[f]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Số phiếu chi" htmlFor="receiptNumber" error={err("receiptNumber")}>
          <input
            id="receiptNumber"
            {...register("receiptNumber")}
            className={inputClass(Boolean(errors.receiptNumber))}
          />
        </Field>
      </div>
      <LimitWarning issues={preview.issues} rate={preview.rate} />
      <BudgetHint budget={preview.budget} warning={preview.budgetWarning} />
      {needsBudgetReason && (
        <Field
          label="Lý do chi vượt dự toán"
          htmlFor="budgetOverrideReason"
          error={err("budgetOverrideReason")}
          hint="Được lưu cùng lượt thăm hỏi và ghi vào nhật ký."
          required={Boolean(preview.budgetWarning)}
        >
          <textarea
            id="budgetOverrideReason"
            rows={2}
            {...register("budgetOverrideReason")}
            className={inputClass(Boolean(errors.budgetOverrideReason))}
          />
        </Field>
      )}
      {needsOverride && (
        <div className="grid grid-cols-1 gap-4 rounded-lg border border-amber-300 p-3 sm:grid-cols-2">
          <Field label="Lý do vượt mức" htmlFor="overrideReason" error={err("overrideReason")} required>
            <textarea
              id="overrideReason"
              rows={2}
              {...register("overrideReason")}
              className={inputClass(Boolean(errors.overrideReason))}
            />
          </Field>
          <Field
            label="Số quyết định / biên bản của BCH"
            htmlFor="overrideDecisionRef"
            error={err("overrideDecisionRef")}
            hint="Ví dụ: Biên bản họp BCH số 07/BB-CĐCS"
            required
          >
            <input
              id="overrideDecisionRef"
              {...register("overrideDecisionRef")}
              className={inputClass(Boolean(errors.overrideDecisionRef))}
            />
          </Field>
        </div>
      )}
      <Controller
        control={control}
        name="visitorIds"
        render={({ field }) => (
          <VisitorChecklist
            options={visitors}
            value={field.value}
            onChange={field.onChange}
            error={err("visitorIds")}
          />
        )}
      />
      <Field label="Ghi chú" htmlFor="note" error={err("note")}>
        <textarea id="note" rows={2} {...register("note")} className={inputClass(Boolean(errors.note))} />
      </Field>
      <div className="sticky bottom-0 -mx-4 flex justify-end gap-2 border-t border-surface-line bg-white/95 px-4 py-3 backdrop-blur sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:p-0">
        <Button variant="secondary" onClick={() => router.back()} disabled={isSubmitting}>
          Hủy
        </Button>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Đang lưu…" : visitId ? "Lưu thay đổi" : "Ghi đề xuất"}
        </Button>
      </div>
    </form>
  );
}
