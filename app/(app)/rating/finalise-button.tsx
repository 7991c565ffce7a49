"use client";
// "Chốt kết quả": a confirmation that lists what is still missing; with items missing, the BCH
// finalises only by writing why (stored, audited and printed in the CĐCS's report).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { finaliseRatingYearAction } from "@/lib/rating/decision/actions";

type Props = {
  ratingYearId: string;
  yearLabel: string;
  missing: string[];
  blocked: boolean;
  wasPublished: boolean;
};

export function FinaliseButton({ ratingYearId, yearLabel, missing, blocked, wasPublished }: Props) {
  const router = useRouter();
  const toast = useToast();
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const override = missing.length > 0;
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (override && reason.trim().length < 10)
      return setError("Nhập lý do chốt khi còn thiếu (ít nhất 10 ký tự).");
    setBusy(true);
    const res = await finaliseRatingYearAction({
      ratingYearId,
      overrideReason: override ? reason.trim() : "",
    });
    setBusy(false);
    if (!res.ok) {
      setError(res.fieldErrors?.overrideReason);
      return toast("error", res.error);
    }
    setOpen(false);
    toast("success", `Đã chốt kết quả xếp loại ${yearLabel}. Kết quả chưa công bố.`);
    router.refresh();
  };
  return (
    <>
      <Button variant="primary" disabled={blocked || !hydrated} onClick={() => setOpen(true)}>
        {override ? "Chốt kết quả dù còn thiếu…" : "Chốt kết quả"}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={`Chốt kết quả xếp loại ${yearLabel}`}>
        <form onSubmit={submit} noValidate className="flex flex-col gap-4 text-sm">
          <p>
            Sau khi chốt, không ai sửa được mức xếp loại, đề xuất của tổ, danh hiệu hay xếp loại tập thể của
            năm này. Chỉ chủ tịch mở lại được, với lý do.
          </p>
          <p>
            Chốt <b>không công bố</b> kết quả: công bố là bước riêng, sau khi chốt.
            {wasPublished &&
              " Kết quả đã thôi công bố khi mở lại; đoàn viên chỉ xem lại được khi công bố lần nữa."}
          </p>
          {override && (
            <>
              <div className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-amber-900">
                <p className="font-medium">Còn thiếu:</p>
                <ul className="mt-1 list-disc pl-5">
                  {missing.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              </div>
              <Field
                label="Lý do chốt khi còn thiếu (in trong báo cáo CĐCS)"
                htmlFor="override-reason"
                error={error}
                required
              >
                <textarea
                  id="override-reason"
                  rows={3}
                  className={inputClass(!!error)}
                  value={reason}
                  onChange={(e) => {
                    setReason(e.target.value);
                    setError(undefined);
                  }}
                />
              </Field>
            </>
          )}
          <DialogActions
            onCancel={() => setOpen(false)}
            submitting={busy}
            label={override ? "Chốt dù còn thiếu" : "Xác nhận chốt kết quả"}
            busyLabel="Đang chốt…"
          />
        </form>
      </Dialog>
    </>
  );
}
