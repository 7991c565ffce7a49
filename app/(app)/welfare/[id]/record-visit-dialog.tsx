"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { DateInput } from "@/components/ui/date-input";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import * as clock from "@/lib/clock";
import { formatDate } from "@/lib/format";
import { recordVisitDoneAction } from "@/lib/welfare/actions";
import { recordVisitSchema, type RecordVisitValues } from "@/lib/welfare/schema";

/** Đã thăm / đã chi: the date of the visit and the receipt. Dated, so it asks first. */
export function RecordVisitDialog({ id, open, onClose }: { id: string; open: boolean; onClose: () => void }) {
  const router = useRouter();
  const toast = useToast();
  const form = useForm<RecordVisitValues>({
    resolver: zodResolver(recordVisitSchema),
    defaultValues: { id, visitedOn: formatDate(clock.today()), receiptNumber: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await recordVisitDoneAction(values);
    if (!result.ok) {
      toast("error", applyFieldErrors(result, form.setError) ?? "Không lưu được.");
      return;
    }
    toast("success", "Đã ghi nhận đã thăm / đã chi.");
    onClose();
    router.refresh();
  });
  return (
    <Dialog open={open} onClose={onClose} title="Ghi nhận đã thăm / đã chi">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <Field label="Ngày thăm / chi" htmlFor="done-visitedOn" error={errors.visitedOn?.message} required>
          <DateInput
            id="done-visitedOn"
            {...form.register("visitedOn")}
            invalid={Boolean(errors.visitedOn)}
          />
        </Field>
        <Field label="Số phiếu chi" htmlFor="done-receipt" error={errors.receiptNumber?.message}>
          <input
            id="done-receipt"
            {...form.register("receiptNumber")}
            className={inputClass(Boolean(errors.receiptNumber))}
          />
        </Field>
        <DialogActions onCancel={onClose} submitting={isSubmitting} label="Xác nhận đã chi" />
      </form>
    </Dialog>
  );
}
