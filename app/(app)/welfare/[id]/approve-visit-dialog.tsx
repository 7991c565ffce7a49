"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { BudgetHint, type BudgetFigures } from "@/components/welfare/budget-hint";
import { formatMoney } from "@/lib/format";
import { approveVisitAction } from "@/lib/welfare/actions";
import { approveVisitSchema, type ApproveVisitValues } from "@/lib/welfare/schema";

/**
 * Duyệt asks for confirmation, with the amount and what remains of the category's dự toán. When the
 * approval takes it below zero, a written reason is needed (the server refuses without one).
 */
export function ApproveVisitDialog({
  id,
  summary,
  amount,
  budget,
  warning,
  reason,
  open,
  onClose,
}: {
  id: string;
  summary: string;
  amount: number;
  budget: BudgetFigures | null;
  warning: string | null;
  reason: string | null;
  open: boolean;
  onClose: () => void;
}) {
  const router = useRouter();
  const toast = useToast();
  const form = useForm<ApproveVisitValues>({
    resolver: zodResolver(approveVisitSchema),
    defaultValues: { id, budgetOverrideReason: reason ?? "" },
  });
  const { errors, isSubmitting } = form.formState;
  const needsReason = Boolean(warning || errors.budgetOverrideReason);
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await approveVisitAction(values);
    if (!result.ok) {
      toast("error", applyFieldErrors(result, form.setError) ?? "Không duyệt được.");
      return;
    }
    toast("success", "Đã duyệt.");
    onClose();
    router.refresh();
  });
  return (
    <Dialog open={open} onClose={onClose} title="Duyệt thăm hỏi">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <p className="text-sm text-ink">
          Duyệt chi <b className="whitespace-nowrap">{formatMoney(amount)}</b> cho {summary}? Sau khi duyệt,
          khoản này được tính vào dự toán; lượt thăm hỏi vào sổ khi ghi nhận đã thăm / đã chi.
        </p>
        <BudgetHint budget={budget} warning={warning} />
        {needsReason && (
          <Field
            label="Lý do chi vượt dự toán"
            htmlFor="approve-budget-reason"
            error={errors.budgetOverrideReason?.message}
            hint="Được lưu cùng lượt thăm hỏi và ghi vào nhật ký."
            required
          >
            <textarea
              id="approve-budget-reason"
              rows={3}
              {...form.register("budgetOverrideReason")}
              className={inputClass(Boolean(errors.budgetOverrideReason))}
            />
          </Field>
        )}
        <DialogActions onCancel={onClose} submitting={isSubmitting} label="Duyệt" busyLabel="Đang duyệt…" />
      </form>
    </Dialog>
  );
}
