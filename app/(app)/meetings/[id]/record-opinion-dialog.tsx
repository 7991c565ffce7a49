"use client";
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
import { recordMeetingOpinionAction } from "@/lib/opinions/actions";
import { recordOpinionSchema, type RecordOpinionValues } from "@/lib/opinions/schema";

/** Records an opinion raised in the meeting, so that the BCH follows it up in the inbox. */
export function RecordOpinionDialog({
  meetingId,
  members,
}: {
  meetingId: string;
  members: { id: string; label: string }[];
}) {
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const empty = { meetingId, topic: "", body: "", authorMemberId: "" };
  const form = useForm<RecordOpinionValues>({
    resolver: zodResolver(recordOpinionSchema),
    defaultValues: empty,
  });
  const { errors } = form.formState;
  const onSubmit = form.handleSubmit(async (v) => {
    const r = await recordMeetingOpinionAction(v);
    if (!r.ok) return toast("error", applyFieldErrors(r, form.setError) ?? r.error);
    toast("success", "Đã ghi ý kiến; ý kiến vào hộp thư ý kiến để BCH theo dõi.");
    setOpen(false);
    form.reset(empty);
    router.refresh();
  });
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        + Ghi ý kiến
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Ghi tâm tư, nguyện vọng nêu trong cuộc họp">
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <Field
            label="Người nêu"
            htmlFor="op-author"
            error={errors.authorMemberId?.message}
            hint="Để trống nếu người nêu không muốn ghi tên."
          >
            <select id="op-author" className={inputClass()} {...form.register("authorMemberId")}>
              <option value="">— Không ghi tên —</option>
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Chủ đề" htmlFor="op-topic" error={errors.topic?.message} required>
            <input id="op-topic" className={inputClass(!!errors.topic)} {...form.register("topic")} />
          </Field>
          <Field label="Nội dung" htmlFor="op-body" error={errors.body?.message} required>
            <textarea
              id="op-body"
              rows={4}
              className={inputClass(!!errors.body)}
              {...form.register("body")}
            />
          </Field>
          <DialogActions
            onCancel={() => setOpen(false)}
            submitting={form.formState.isSubmitting}
            label="Ghi ý kiến"
          />
        </form>
      </Dialog>
    </>
  );
}
