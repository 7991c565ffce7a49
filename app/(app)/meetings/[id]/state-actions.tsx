"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { markMeetingHeldAction, reopenMinutesAction, signMinutesAction } from "@/lib/meetings/actions";
import type { MeetingStatusCode } from "@/lib/meetings/labels";
import { reopenSchema, type ReopenValues } from "@/lib/meetings/schema";

type Props = {
  meetingId: string;
  status: MeetingStatusCode;
  canManage: boolean;
  canReopen: boolean;
  unmarked: number;
};

/** The state buttons: đã họp, ký (locks), mở lại (with a reason). Each asks for confirmation. */
export function StateActions({ meetingId, status, canManage, canReopen, unmarked }: Props) {
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState<"held" | "sign" | "reopen" | null>(null);
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated(); // a click before hydration would be lost (components/forms/use-hydrated.ts)
  const form = useForm<ReopenValues>({
    resolver: zodResolver(reopenSchema),
    defaultValues: { meetingId, reason: "" },
  });

  async function run(kind: "held" | "sign") {
    setBusy(true);
    const result =
      kind === "held" ? await markMeetingHeldAction({ meetingId }) : await signMinutesAction({ meetingId });
    setBusy(false);
    if (!result.ok) return toast("error", result.error);
    toast("success", kind === "held" ? "Đã chuyển sang “Đã họp”." : "Đã ký biên bản. Biên bản đã khóa.");
    setOpen(null);
    router.refresh();
  }
  const onReopen = form.handleSubmit(async (v) => {
    const result = await reopenMinutesAction(v);
    if (!result.ok) return toast("error", applyFieldErrors(result, form.setError) ?? result.error);
    toast("success", "Đã mở lại biên bản; lý do được ghi vào lịch sử.");
    setOpen(null);
    form.reset({ meetingId, reason: "" });
    router.refresh();
  });

  return (
    <>
      {canManage && status === "PLANNED" && (
        <Button disabled={!hydrated} onClick={() => setOpen("held")}>
          Đánh dấu đã họp
        </Button>
      )}
      {canManage && status === "MINUTES_DRAFT" && (
        <Button disabled={!hydrated} onClick={() => setOpen("sign")}>
          Ký biên bản
        </Button>
      )}
      {canReopen && (
        <Button variant="danger" disabled={!hydrated} onClick={() => setOpen("reopen")}>
          Mở lại biên bản
        </Button>
      )}

      <Dialog open={open === "held"} onClose={() => setOpen(null)} title="Đánh dấu cuộc họp đã diễn ra?">
        <p className="mb-4 text-sm text-ink-muted">
          Sau đó bạn ghi được biên bản và quyết định của cuộc họp.
        </p>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(null)}>
            Hủy
          </Button>
          <Button disabled={busy} onClick={() => run("held")}>
            {busy ? "Đang lưu…" : "Đã họp"}
          </Button>
        </div>
      </Dialog>
      <Dialog open={open === "sign"} onClose={() => setOpen(null)} title="Ký và khóa biên bản?">
        <p className="mb-2 text-sm text-ink-muted">
          Sau khi ký, biên bản, điểm danh, chương trình và quyết định đều bị khóa. Chỉ chủ trì hoặc chủ tịch
          mới mở lại được, với lý do.
        </p>
        {unmarked > 0 && <p className="mb-2 text-sm text-brand-700">Còn {unmarked} người chưa điểm danh.</p>}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(null)}>
            Hủy
          </Button>
          <Button disabled={busy} onClick={() => run("sign")}>
            {busy ? "Đang ký…" : "Ký biên bản"}
          </Button>
        </div>
      </Dialog>
      <Dialog open={open === "reopen"} onClose={() => setOpen(null)} title="Mở lại biên bản đã ký">
        <form onSubmit={onReopen} noValidate className="flex flex-col gap-4">
          <Field
            label="Lý do mở lại"
            htmlFor="reopen-reason"
            error={form.formState.errors.reason?.message}
            required
            hint="Lý do được lưu vào lịch sử thay đổi của cuộc họp."
          >
            <textarea
              id="reopen-reason"
              rows={3}
              className={inputClass(!!form.formState.errors.reason)}
              {...form.register("reason")}
            />
          </Field>
          <DialogActions
            onCancel={() => setOpen(null)}
            submitting={form.formState.isSubmitting}
            label="Mở lại"
          />
        </form>
      </Dialog>
    </>
  );
}
