"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import * as clock from "@/lib/clock";
import { formatDate } from "@/lib/format";
import { createWelfareNominationAction } from "@/lib/welfare/actions";
import { nominationSchema, type NominationValues } from "@/lib/welfare/schema";

export function NominationDialog({ members }: { members: { id: string; label: string }[] }) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const toast = useToast();
  const form = useForm<NominationValues>({
    resolver: zodResolver(nominationSchema),
    defaultValues: { memberId: "", proposedOn: formatDate(clock.today()), situation: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await createWelfareNominationAction(values);
    if (!result.ok) return void toast("error", applyFieldErrors(result, form.setError) ?? "Không lưu được.");
    toast("success", "Đã ghi đề xuất Mái ấm Công đoàn.");
    setOpen(false);
    form.reset();
    router.refresh();
  });
  return (
    <>
      <Button onClick={() => setOpen(true)}>+ Đề xuất Mái ấm</Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Đề xuất Mái ấm Công đoàn">
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <Field label="Đoàn viên" htmlFor="n-member" error={errors.memberId?.message} required>
            <select
              id="n-member"
              {...form.register("memberId")}
              className={inputClass(Boolean(errors.memberId))}
            >
              <option value="">— Chọn đoàn viên —</option>
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Ngày đề xuất" htmlFor="n-on" error={errors.proposedOn?.message} required>
            <DateInput id="n-on" {...form.register("proposedOn")} invalid={Boolean(errors.proposedOn)} />
          </Field>
          <Field label="Hoàn cảnh" htmlFor="n-sit" error={errors.situation?.message} required>
            <textarea
              id="n-sit"
              rows={3}
              {...form.register("situation")}
              className={inputClass(Boolean(errors.situation))}
            />
          </Field>
          <DialogActions onCancel={() => setOpen(false)} submitting={isSubmitting} label="Ghi đề xuất" />
        </form>
      </Dialog>
    </>
  );
}
