"use client";
// Miễn đoàn phí for whole months (BHXH benefit, unpaid leave of a month or more): recorded here, and
// undone by "Hủy miễn" with a reason (the row is kept, marked hủy; the audit says who and why).
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { recordDuesExemptionAction, reverseDuesExemptionAction } from "@/lib/finance/dues/actions";
import { EXEMPTION_REASON_LABELS, monthLabel } from "@/lib/finance/dues/labels";
import { exemptionSchema } from "@/lib/finance/dues/schema";
import type { z } from "@/lib/validation";

export type ExemptionLine = {
  id: string;
  fromMonth: string;
  toMonth: string;
  reason: keyof typeof EXEMPTION_REASON_LABELS;
  note: string | null;
  reversed: boolean;
};

export function ExemptionList({ lines, writer }: { lines: ExemptionLine[]; writer: boolean }) {
  if (!lines.length) return <p className="mb-3 text-sm text-ink-muted">Chưa có tháng nào được miễn.</p>;
  return (
    <ul className="mb-3 flex flex-col gap-2 text-sm" data-testid="exemption-list">
      {lines.map((x) => (
        <li key={x.id} className="flex flex-wrap items-center justify-between gap-2">
          <span className={x.reversed ? "text-ink-muted line-through" : ""}>
            {x.fromMonth === x.toMonth
              ? `Tháng ${monthLabel(x.fromMonth)}`
              : `Từ ${monthLabel(x.fromMonth)} đến ${monthLabel(x.toMonth)}`}
            : {EXEMPTION_REASON_LABELS[x.reason]}
            {x.note ? ` (${x.note})` : ""}
          </span>
          {x.reversed ? (
            <span className="text-ink-muted">Đã hủy</span>
          ) : (
            writer && <ReverseExemption id={x.id} />
          )}
        </li>
      ))}
    </ul>
  );
}

function ReverseExemption({ id }: { id: string }) {
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const res = await reverseDuesExemptionAction({ exemptionId: id, reason });
    setBusy(false);
    if (!res.ok) {
      setError(res.fieldErrors?.reason);
      if (!res.fieldErrors?.reason) toast("error", res.error);
      return;
    }
    toast("success", "Đã hủy miễn: các tháng này lại phải đóng.");
    setOpen(false);
    router.refresh();
  };
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Hủy miễn
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Hủy khoản miễn đoàn phí">
        <form onSubmit={submit} noValidate className="flex flex-col gap-4">
          <p className="text-sm text-ink-muted">
            Khoản miễn không bị xóa: nó được đánh dấu đã hủy, kèm lý do, và các tháng đó lại phải đóng.
          </p>
          <Field label="Lý do" htmlFor={`exemption-reason-${id}`} error={error} required>
            <textarea
              id={`exemption-reason-${id}`}
              rows={3}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              className={inputClass(Boolean(error))}
            />
          </Field>
          <DialogActions
            onCancel={() => setOpen(false)}
            submitting={busy}
            label="Hủy miễn"
            busyLabel="Đang ghi…"
          />
        </form>
      </Dialog>
    </>
  );
}

type Input = z.input<typeof exemptionSchema>;

export function ExemptionForm({ memberId }: { memberId: string }) {
  const router = useRouter();
  const toast = useToast();
  const empty: Input = { memberId, fromMonth: "", toMonth: "", reason: "" as Input["reason"], note: "" };
  const form = useForm<Input, unknown, z.output<typeof exemptionSchema>>({
    resolver: zodResolver(exemptionSchema),
    defaultValues: empty,
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (v) => {
    const res = await recordDuesExemptionAction(v);
    if (!res.ok) return toast("error", applyFieldErrors(res, form.setError) ?? "Không lưu được.");
    toast("success", "Đã ghi miễn đoàn phí.");
    form.reset(empty);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-4 sm:items-start">
      <Field label="Từ tháng" htmlFor="exempt-from" error={errors.fromMonth?.message} required>
        <input
          id="exempt-from"
          placeholder="03/2026"
          {...form.register("fromMonth")}
          className={inputClass(Boolean(errors.fromMonth))}
        />
      </Field>
      <Field label="Đến tháng" htmlFor="exempt-to" error={errors.toMonth?.message} required>
        <input
          id="exempt-to"
          placeholder="05/2026"
          {...form.register("toMonth")}
          className={inputClass(Boolean(errors.toMonth))}
        />
      </Field>
      <Field label="Lý do miễn" htmlFor="exempt-reason" error={errors.reason?.message} required>
        <select
          id="exempt-reason"
          {...form.register("reason")}
          className={inputClass(Boolean(errors.reason))}
        >
          <option value="">Chọn lý do…</option>
          {Object.entries(EXEMPTION_REASON_LABELS).map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Ghi chú" htmlFor="exempt-note" error={errors.note?.message}>
        <input id="exempt-note" {...form.register("note")} className={inputClass(Boolean(errors.note))} />
      </Field>
      <div className="sm:col-span-4">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Đang lưu…" : "Ghi miễn"}
        </Button>
      </div>
    </form>
  );
}
