"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { reverseDuesPaymentAction } from "@/lib/finance/dues/actions";

/** A correction is a reversing row with a reason; the payment itself is never edited or deleted. */
export function ReverseButton({ paymentId }: { paymentId: string }) {
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const res = await reverseDuesPaymentAction({ paymentId, reason });
    setBusy(false);
    if (!res.ok) {
      setError(res.fieldErrors?.reason);
      if (!res.fieldErrors?.reason) toast("error", res.error);
      return;
    }
    toast("success", "Đã ghi bút toán điều chỉnh.");
    setOpen(false);
    router.refresh();
  };
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Điều chỉnh
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Điều chỉnh khoản đã nộp">
        <form onSubmit={submit} noValidate className="flex flex-col gap-4">
          <p className="text-sm text-ink-muted">
            Khoản này không bị xóa: một dòng âm bằng nó được ghi thêm, kèm lý do.
          </p>
          <Field label="Lý do" htmlFor={`reason-${paymentId}`} error={error} required>
            <textarea
              id={`reason-${paymentId}`}
              rows={3}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              className={inputClass(Boolean(error))}
            />
          </Field>
          <DialogActions
            onCancel={() => setOpen(false)}
            submitting={busy}
            label="Ghi điều chỉnh"
            busyLabel="Đang ghi…"
          />
        </form>
      </Dialog>
    </>
  );
}
