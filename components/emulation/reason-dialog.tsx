"use client";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/errors";

/**
 * Asks for a reason (at least 5 characters, as the server requires), then runs the action. The
 * field's label and the submit button's words default to "Lý do" and "Xác nhận"; a screen names
 * its act ("Lý do mở lại", "Mở lại") when it has one.
 */
export function ReasonDialogButton({
  label,
  title,
  run,
  success,
  variant = "danger",
  disabled,
  fieldLabel = "Lý do",
  submitLabel = "Xác nhận",
  busyLabel = "Đang xử lý…",
}: {
  label: string;
  title: string;
  run: (reason: string) => Promise<ActionResult<unknown>>;
  success: string;
  variant?: ButtonVariant;
  disabled?: boolean;
  fieldLabel?: string;
  submitLabel?: string;
  busyLabel?: string;
}) {
  const router = useRouter();
  const toast = useToast();
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // Several of these sit on one page (one per row and the bulk bar): each label needs its own id.
  const fieldId = `reason-${useId().replace(/:/g, "")}`;
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (reason.trim().length < 5) return setError("Nhập lý do (ít nhất 5 ký tự).");
    setBusy(true);
    const result = await run(reason.trim());
    setBusy(false);
    if (!result.ok) {
      setError(result.fieldErrors?.reason);
      return toast("error", result.error);
    }
    setOpen(false);
    setReason("");
    toast("success", success);
    router.refresh();
  };
  return (
    <>
      <Button variant={variant} disabled={disabled || !hydrated} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={title}>
        <form onSubmit={submit} noValidate className="flex flex-col gap-4">
          <Field label={fieldLabel} htmlFor={fieldId} error={error} required>
            <textarea
              id={fieldId}
              rows={3}
              className={inputClass(!!error)}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                setError(undefined);
              }}
            />
          </Field>
          <DialogActions
            onCancel={() => setOpen(false)}
            submitting={busy}
            label={submitLabel}
            busyLabel={busyLabel}
          />
        </form>
      </Dialog>
    </>
  );
}
