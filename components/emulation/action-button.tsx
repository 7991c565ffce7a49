"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/errors";

/** A button that runs one server action after a confirmation, then refreshes the page. */
export function ConfirmActionButton({
  label,
  title,
  body,
  confirmLabel,
  run,
  success,
  variant = "secondary",
  disabled,
}: {
  label: string;
  title: string;
  body: React.ReactNode;
  confirmLabel: string;
  run: () => Promise<ActionResult<unknown>>;
  success: string;
  variant?: ButtonVariant;
  disabled?: boolean;
}) {
  const router = useRouter();
  const toast = useToast();
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const go = async () => {
    setBusy(true);
    const result = await run();
    setBusy(false);
    if (!result.ok) return toast("error", result.error);
    setOpen(false);
    toast("success", success);
    router.refresh();
  };
  return (
    <>
      <Button variant={variant} disabled={disabled || !hydrated} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={title}>
        <div className="mb-4 text-sm text-ink">{body}</div>
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)}>
            Hủy
          </Button>
          <Button disabled={busy} onClick={go}>
            {busy ? "Đang xử lý…" : confirmLabel}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
