"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/errors";

/** One step with nothing to type (start, accept, close, withdraw a line): asks, runs, refreshes. */
export function StepButton({
  action,
  input,
  label,
  confirm,
  success,
  variant = "secondary",
}: {
  action: (raw: unknown) => Promise<ActionResult<unknown>>;
  input: Record<string, unknown>;
  label: string;
  confirm?: string;
  success: string;
  variant?: ButtonVariant;
}) {
  const router = useRouter();
  const toast = useToast();
  const hydrated = useHydrated();
  const [busy, setBusy] = useState(false);
  async function run() {
    if (confirm && !window.confirm(confirm)) return;
    setBusy(true);
    const r = await action(input);
    setBusy(false);
    if (!r.ok) return toast("error", r.error);
    toast("success", success);
    router.refresh();
  }
  return (
    <Button variant={variant} disabled={busy || !hydrated} onClick={run}>
      {label}
    </Button>
  );
}
