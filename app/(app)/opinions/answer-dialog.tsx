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
import { answerOpinionAction, startOpinionAction } from "@/lib/opinions/actions";
import { answerOpinionSchema, type AnswerOpinionValues, type OpinionStatusCode } from "@/lib/opinions/schema";

/** "Đang xử lý" and "Trả lời" for one opinion of the inbox. */
export function OpinionActions({
  opinionId,
  topic,
  status,
}: {
  opinionId: string;
  topic: string;
  status: OpinionStatusCode;
}) {
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated(); // a click before hydration would be lost (components/forms/use-hydrated.ts)
  const form = useForm<AnswerOpinionValues>({
    resolver: zodResolver(answerOpinionSchema),
    defaultValues: { opinionId, answer: "" },
  });
  const onSubmit = form.handleSubmit(async (v) => {
    const r = await answerOpinionAction(v);
    if (!r.ok) return toast("error", applyFieldErrors(r, form.setError) ?? r.error);
    toast("success", "Đã gửi câu trả lời; đoàn viên xem được trong mục “Của tôi”.");
    setOpen(false);
    router.refresh();
  });
  async function start() {
    setBusy(true);
    const r = await startOpinionAction({ opinionId });
    setBusy(false);
    if (!r.ok) return toast("error", r.error);
    toast("success", "Đã chuyển sang “đang xử lý”.");
    router.refresh();
  }
  if (status === "ANSWERED") return null;
  return (
    <div className="flex flex-wrap gap-2">
      {status === "NEW" && (
        <Button variant="secondary" disabled={busy || !hydrated} onClick={start}>
          Đang xử lý
        </Button>
      )}
      <Button disabled={!hydrated} onClick={() => setOpen(true)}>
        Trả lời
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={`Trả lời: ${topic}`}>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <Field
            label="Câu trả lời của Ban Chấp hành"
            htmlFor={`answer-${opinionId}`}
            error={form.formState.errors.answer?.message}
            required
          >
            <textarea
              id={`answer-${opinionId}`}
              rows={5}
              className={inputClass(!!form.formState.errors.answer)}
              {...form.register("answer")}
            />
          </Field>
          <DialogActions
            onCancel={() => setOpen(false)}
            submitting={form.formState.isSubmitting}
            label="Gửi trả lời"
          />
        </form>
      </Dialog>
    </div>
  );
}
