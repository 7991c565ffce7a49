"use client";
// "Mở lại thẩm định": a reason, then the thẩm định is a draft again and the CĐCS's rating loses
// the concluded result until it is concluded anew.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { reopenAppraisalAction } from "@/lib/org/appraisal/actions";

type Props = { unitId: string; year: number; version: number };

export function ReopenAppraisalButton({ unitId, year, version }: Props) {
  const router = useRouter();
  const toast = useToast();
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const res = await reopenAppraisalAction({ unitId, year, version, reason });
    setBusy(false);
    if (!res.ok) {
      setError(res.fieldErrors?.reason);
      return toast("error", res.error);
    }
    setOpen(false);
    toast("success", "Đã mở lại thẩm định.");
    router.refresh();
  };
  return (
    <>
      <Button variant="danger" disabled={!hydrated} onClick={() => setOpen(true)}>
        Mở lại thẩm định
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Mở lại thẩm định">
        <form onSubmit={submit} noValidate className="flex flex-col gap-4 text-sm">
          <Field label="Lý do mở lại" htmlFor="appraisal-reopen-reason" error={error} required>
            <textarea
              id="appraisal-reopen-reason"
              rows={3}
              className={inputClass(!!error)}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </Field>
          <DialogActions
            onCancel={() => setOpen(false)}
            submitting={busy}
            label="Mở lại"
            busyLabel="Đang mở lại…"
          />
        </form>
      </Dialog>
    </>
  );
}
