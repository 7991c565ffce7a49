"use client";
// Chốt kết quả (after a confirmation), Công bố, and Mở lại (chủ tịch, with a reason).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ReasonDialogButton } from "@/components/emulation/reason-dialog";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/errors";
import { finaliseRatingYear, publishRatingYear, reopenRatingYear } from "@/lib/rating/actions";

function ConfirmButton({ label, title, body, run, success, disabled }: { label: string; title: string; body: string; run: () => Promise<ActionResult<unknown>>; success: string; disabled?: boolean }) {
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const go = async () => {
    setBusy(true);
    const result = await run();
    setBusy(false);
    setOpen(false);
    if (!result.ok) return toast("error", result.error);
    toast("success", success);
    router.refresh();
  };
  return (
    <>
      <Button onClick={() => setOpen(true)} disabled={disabled}>{label}</Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={title}>
        <p className="text-sm text-ink">{body}</p>
        <div className="mt-4 flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)}>Hủy</Button>
          <Button onClick={go} disabled={busy}>{busy ? "Đang xử lý…" : `Xác nhận ${label.toLowerCase()}`}</Button>
        </div>
      </Dialog>
    </>
  );
}

type Props = { ratingYearId: string; year: number; status: "OPEN" | "FINALISED"; published: boolean; canManage: boolean; canReopen: boolean; blocked: boolean };

export function YearActions({ ratingYearId, year, status, published, canManage, canReopen, blocked }: Props) {
  return (
    <div className="flex flex-wrap gap-2">
      {status === "OPEN" && canManage && (
        <ConfirmButton
          label="Chốt kết quả"
          title={`Chốt kết quả xếp loại năm ${year}`}
          body="Sau khi chốt, không ai sửa được mức xếp loại, đề xuất của tổ, danh hiệu hay xếp loại tập thể của năm này. Chỉ chủ tịch mở lại được, với lý do."
          run={() => finaliseRatingYear({ ratingYearId })}
          success={`Đã chốt kết quả xếp loại năm ${year}.`}
          disabled={blocked}
        />
      )}
      {status === "FINALISED" && !published && canManage && (
        <ConfirmButton
          label="Công bố"
          title={`Công bố kết quả năm ${year}`}
          body="Từ khi công bố, mỗi đoàn viên xem được mức xếp loại của mình ở mục “Của tôi”."
          run={() => publishRatingYear({ ratingYearId })}
          success={`Đã công bố kết quả năm ${year}.`}
        />
      )}
      {status === "FINALISED" && canReopen && (
        <ReasonDialogButton label="Mở lại" title={`Mở lại kết quả năm ${year}`} run={(reason) => reopenRatingYear({ ratingYearId, reason })} success={`Đã mở lại kết quả năm ${year}.`} />
      )}
    </div>
  );
}
