"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { cancelVisitAction } from "@/lib/welfare/actions";
import { cancelVisitSchema, type CancelVisitValues } from "@/lib/welfare/schema";

/** A mistaken visit is cancelled with a reason, never deleted: it leaves every total and stays in the history. */
export function CancelVisitDialog({ id, open, onClose }: { id: string; open: boolean; onClose: () => void }) {
  const router = useRouter();
  const toast = useToast();
  const form = useForm<CancelVisitValues>({
    resolver: zodResolver(cancelVisitSchema),
    defaultValues: { id, reason: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await cancelVisitAction(values);
    if (!result.ok) {
      toast("error", applyFieldErrors(result, form.setError) ?? "Không hủy được.");
      return;
    }
    toast("success", "Đã hủy thăm hỏi.");
    onClose();
    router.refresh();
  });
  return (
    <Dialog open={open} onClose={onClose} title="Hủy thăm hỏi">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <p className="text-sm text-ink-muted">
          Lượt thăm hỏi bị hủy không bị xóa: nó ra khỏi mọi số tổng và vẫn còn trong lịch sử.
        </p>
        <Field label="Lý do hủy" htmlFor="cancel-reason" error={errors.reason?.message} required>
          <textarea
            id="cancel-reason"
            rows={3}
            {...form.register("reason")}
            className={inputClass(Boolean(errors.reason))}
          />
        </Field>
        <DialogActions
          onCancel={onClose}
          submitting={isSubmitting}
          label="Hủy thăm hỏi"
          busyLabel="Đang hủy…"
        />
      </form>
    </Dialog>
  );
}
