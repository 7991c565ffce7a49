"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useToast } from "@/components/ui/toast";
import { approveVisitAction } from "@/lib/welfare/actions";
import type { VisitState } from "@/lib/welfare/labels";
import { CancelVisitDialog } from "./cancel-visit-dialog";
import { RecordVisitDialog } from "./record-visit-dialog";

/** The next step of a visit, for who may take it. */
export function VisitActions({
  id,
  state,
  canApprove,
  canRecord,
}: {
  id: string;
  state: VisitState;
  canApprove: boolean;
  canRecord: boolean;
}) {
  const router = useRouter();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated(); // a click before hydration would be lost (components/forms/use-hydrated.ts)
  const [dialog, setDialog] = useState<"done" | "cancel" | null>(null);
  const showApprove = canApprove && state === "PROPOSED";
  const showDone = canRecord && state === "APPROVED";
  const showCancel = canRecord && state !== "CANCELLED";
  const waiting = state === "PROPOSED" && !canApprove;
  if (!showApprove && !showDone && !showCancel && !waiting) return null;

  async function approve() {
    setBusy(true);
    const result = await approveVisitAction({ id });
    setBusy(false);
    toast(result.ok ? "success" : "error", result.ok ? "Đã duyệt." : result.error);
    router.refresh();
  }
  return (
    <Card>
      <div className="flex flex-wrap items-center gap-2">
        {showApprove && (
          <Button onClick={approve} disabled={busy || !hydrated}>
            {busy ? "Đang duyệt…" : "Duyệt"}
          </Button>
        )}
        {showDone && (
          <Button disabled={!hydrated} onClick={() => setDialog("done")}>
            Ghi nhận đã thăm / đã chi
          </Button>
        )}
        {showCancel && (
          <Button variant="danger" disabled={!hydrated} onClick={() => setDialog("cancel")}>
            Hủy thăm hỏi…
          </Button>
        )}
        {waiting && <p className="text-sm text-ink-muted">Chờ chủ tịch hoặc phó chủ tịch duyệt.</p>}
      </div>
      <RecordVisitDialog id={id} open={dialog === "done"} onClose={() => setDialog(null)} />
      <CancelVisitDialog id={id} open={dialog === "cancel"} onClose={() => setDialog(null)} />
    </Card>
  );
}
