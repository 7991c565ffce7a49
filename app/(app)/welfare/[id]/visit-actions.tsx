"use client";
import { useState } from "react";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { BudgetFigures } from "@/components/welfare/budget-hint";
import type { VisitState } from "@/lib/welfare/labels";
import { ApproveVisitDialog } from "./approve-visit-dialog";
import { CancelVisitDialog } from "./cancel-visit-dialog";
import { RecordVisitDialog } from "./record-visit-dialog";

/** The next step of a visit, for who may take it. */
export function VisitActions({
  id,
  state,
  canApprove,
  canRecord,
  approval,
}: {
  id: string;
  state: VisitState;
  canApprove: boolean;
  canRecord: boolean;
  /** What the approval dialog shows: the visit in a phrase, its amount, the dự toán and any warning. */
  approval: {
    summary: string;
    amount: number;
    budget: BudgetFigures | null;
    warning: string | null;
    reason: string | null;
  };
}) {
  const hydrated = useHydrated(); // a click before hydration would be lost (components/forms/use-hydrated.ts)
  const [dialog, setDialog] = useState<"approve" | "done" | "cancel" | null>(null);
  const showApprove = canApprove && state === "PROPOSED";
  const showDone = canRecord && state === "APPROVED";
  const showCancel = canRecord && state !== "CANCELLED";
  const waiting = state === "PROPOSED" && !canApprove;
  if (!showApprove && !showDone && !showCancel && !waiting) return null;

  return (
    <Card>
      <div className="flex flex-wrap items-center gap-2">
        {showApprove && (
          <Button onClick={() => setDialog("approve")} disabled={!hydrated}>
            Duyệt
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
      {showApprove && (
        <ApproveVisitDialog
          id={id}
          {...approval}
          open={dialog === "approve"}
          onClose={() => setDialog(null)}
        />
      )}
      <RecordVisitDialog id={id} open={dialog === "done"} onClose={() => setDialog(null)} />
      <CancelVisitDialog id={id} open={dialog === "cancel"} onClose={() => setDialog(null)} />
    </Card>
  );
}
