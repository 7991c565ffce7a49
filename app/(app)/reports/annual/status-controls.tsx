"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { finaliseAnnualReportAction, reopenAnnualReportAction } from "@/lib/reports/annual/actions";

/** The chủ tịch's buttons: mark the report final, or reopen it with a reason. */
export function StatusControls({
  year,
  version,
  status,
}: {
  year: number;
  version: number;
  status: "DRAFT" | "FINAL";
}) {
  const router = useRouter();
  const toast = useToast();
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  if (status === "DRAFT")
    return (
      <Button
        variant="secondary"
        disabled={!hydrated || busy}
        onClick={async () => {
          setBusy(true);
          const r = await finaliseAnnualReportAction({ year, version });
          setBusy(false);
          if (!r.ok) return toast("error", r.error);
          toast("success", "Đã đánh dấu báo cáo hoàn thành.");
          router.refresh();
        }}
      >
        Đánh dấu hoàn thành
      </Button>
    );
  return (
    <>
      <Button variant="secondary" disabled={!hydrated} onClick={() => setOpen(true)}>
        Mở lại để sửa
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Mở lại báo cáo tổng kết">
        <form
          noValidate
          className="flex flex-col gap-4"
          onSubmit={async (e) => {
            e.preventDefault();
            setBusy(true);
            const r = await reopenAnnualReportAction({ year, version, reason });
            setBusy(false);
            if (!r.ok) {
              setError(r.fieldErrors?.reason);
              if (!r.fieldErrors?.reason) toast("error", r.error);
              return;
            }
            toast("success", "Đã mở lại báo cáo.");
            setOpen(false);
            router.refresh();
          }}
        >
          <Field label="Lý do mở lại" htmlFor="reopen-reason" error={error} required>
            <textarea
              id="reopen-reason"
              rows={3}
              className={inputClass(!!error)}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </Field>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              Hủy
            </Button>
            <Button type="submit" disabled={busy}>
              Mở lại
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
