"use client";
// "Mở lại" (chủ tịch): a reason, and for a published year an explicit "thu hồi công bố" checkbox,
// since reopening un-publishes the results and members lose sight of them.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { reopenRatingYearAction } from "@/lib/rating/decision/actions";

type Props = { ratingYearId: string; yearLabel: string; published: boolean };

export function ReopenButton({ ratingYearId, yearLabel, published }: Props) {
  const router = useRouter();
  const toast = useToast();
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [confirm, setConfirm] = useState(false);
  const [errors, setErrors] = useState<{ reason?: string; confirmUnpublish?: string }>({});
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const local = {
      reason: reason.trim().length < 10 ? "Nhập lý do mở lại (ít nhất 10 ký tự)." : undefined,
      confirmUnpublish: published && !confirm ? "Đánh dấu để xác nhận thu hồi công bố kết quả." : undefined,
    };
    if (local.reason || local.confirmUnpublish) return setErrors(local);
    setBusy(true);
    const res = await reopenRatingYearAction({
      ratingYearId,
      reason: reason.trim(),
      confirmUnpublish: confirm,
    });
    setBusy(false);
    if (!res.ok) {
      setErrors({ reason: res.fieldErrors?.reason, confirmUnpublish: res.fieldErrors?.confirmUnpublish });
      return toast("error", res.error);
    }
    setOpen(false);
    toast(
      "success",
      published ? `Đã mở lại và thu hồi công bố kết quả ${yearLabel}.` : `Đã mở lại kết quả ${yearLabel}.`,
    );
    router.refresh();
  };
  return (
    <>
      <Button variant="danger" disabled={!hydrated} onClick={() => setOpen(true)}>
        Mở lại
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={`Mở lại kết quả ${yearLabel}`}>
        <form onSubmit={submit} noValidate className="flex flex-col gap-4 text-sm">
          {published ? (
            <p
              className="rounded-lg border border-brand-200 bg-brand-50 p-3 text-brand-800"
              data-testid="unpublish-warning"
            >
              Kết quả {yearLabel} <b>đang công bố</b>. Mở lại sẽ <b>thu hồi công bố</b>: đoàn viên không còn
              xem được mức xếp loại của mình (và danh sách chung) cho đến khi Ban Chấp hành chốt và công bố
              lại.
            </p>
          ) : (
            <p>Kết quả {yearLabel} chưa công bố. Mở lại để sửa; sau đó cần chốt lại.</p>
          )}
          <Field label="Lý do mở lại" htmlFor="reopen-reason" error={errors.reason} required>
            <textarea
              id="reopen-reason"
              rows={3}
              className={inputClass(!!errors.reason)}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                setErrors((x) => ({ ...x, reason: undefined }));
              }}
            />
          </Field>
          {published && (
            <div>
              <label className="flex items-start gap-2">
                <input
                  type="checkbox"
                  className="mt-0.5 size-4"
                  checked={confirm}
                  aria-describedby={errors.confirmUnpublish ? "confirm-unpublish-error" : undefined}
                  onChange={(e) => {
                    setConfirm(e.target.checked);
                    setErrors((x) => ({ ...x, confirmUnpublish: undefined }));
                  }}
                />
                <span>Tôi hiểu: kết quả sẽ thôi công bố, đoàn viên không còn xem được kết quả.</span>
              </label>
              {errors.confirmUnpublish && (
                <p role="alert" id="confirm-unpublish-error" className="mt-1 text-brand-700">
                  {errors.confirmUnpublish}
                </p>
              )}
            </div>
          )}
          <DialogActions
            onCancel={() => setOpen(false)}
            submitting={busy}
            label={published ? "Mở lại và thu hồi công bố" : "Mở lại"}
            busyLabel="Đang mở lại…"
          />
        </form>
      </Dialog>
    </>
  );
}
