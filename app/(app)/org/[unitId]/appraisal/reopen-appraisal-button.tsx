"use client";
// "Mở lại thẩm định": a reason, then the thẩm định is a draft again and the CĐCS's rating loses
// the concluded result until it is concluded anew. The dialog is the one reason dialog.
import { ReasonDialogButton } from "@/components/emulation/reason-dialog";
import { reopenAppraisalAction } from "@/lib/org/appraisal/actions";

type Props = { unitId: string; year: number; version: number };

export function ReopenAppraisalButton({ unitId, year, version }: Props) {
  return (
    <ReasonDialogButton
      label="Mở lại thẩm định"
      title="Mở lại thẩm định"
      fieldLabel="Lý do mở lại"
      submitLabel="Mở lại"
      busyLabel="Đang mở lại…"
      success="Đã mở lại thẩm định."
      run={(reason) => reopenAppraisalAction({ unitId, year, version, reason })}
    />
  );
}
