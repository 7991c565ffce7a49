"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { submitPaperAction } from "@/lib/submissions/actions";
import type { SubmissionKindCode } from "@/lib/submissions/payloads";

/** "Gửi cấp trên": freezes the paper as it is now and sends it as the next version. */
export function SubmitPaperButton({
  kind,
  year,
  period,
  label,
}: {
  kind: SubmissionKindCode;
  year: number;
  period?: { from: string; to: string };
  label: string;
}) {
  const hydrated = useHydrated();
  const router = useRouter();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const onClick = async () => {
    if (!window.confirm(`${label}? Cấp trên sẽ nhận đúng bản như hiện tại.`)) return;
    setBusy(true);
    const result = await submitPaperAction({ kind, year, ...(period ? { period } : {}) });
    setBusy(false);
    if (!result.ok) return toast("error", result.error);
    toast("success", result.data.message);
    router.refresh();
  };
  return (
    <Button type="button" variant="secondary" disabled={!hydrated || busy} onClick={onClick}>
      {busy ? "Đang gửi…" : label}
    </Button>
  );
}
