"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DateInput } from "@/components/ui/date-input";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { formatDate } from "@/lib/format";
import { addMeetingDecisionAction, setMeetingDecisionDoneAction } from "@/lib/meetings/actions";
import { decisionSchema, type DecisionValues } from "@/lib/meetings/schema";

type Decision = {
  id: string;
  content: string;
  dueOn: Date | null;
  isDone: boolean;
  assignee: { fullName: string } | null;
};
type Props = {
  meetingId: string;
  decisions: Decision[];
  members: { id: string; label: string }[];
  canAdd: boolean;
  canFollowUp: boolean;
  today: string;
};

export function DecisionsCard({ meetingId, decisions, members, canAdd, canFollowUp, today }: Props) {
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const empty = { meetingId, content: "", assigneeMemberId: "", dueOn: "" };
  const form = useForm<DecisionValues>({ resolver: zodResolver(decisionSchema), defaultValues: empty });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(async (v) => {
    const result = await addMeetingDecisionAction(v);
    if (!result.ok) return toast("error", applyFieldErrors(result, form.setError) ?? result.error);
    toast("success", "Đã ghi quyết định.");
    setOpen(false);
    form.reset(empty);
    router.refresh();
  });
  async function toggle(d: Decision) {
    const result = await setMeetingDecisionDoneAction({ decisionId: d.id, isDone: !d.isDone });
    if (!result.ok) return toast("error", result.error);
    toast("success", d.isDone ? "Đã chuyển về “chưa xong”." : "Đã đánh dấu hoàn thành.");
    router.refresh();
  }

  return (
    <Card
      title="Quyết định của cuộc họp"
      actions={
        canAdd && (
          <Button variant="secondary" onClick={() => setOpen(true)}>
            + Thêm quyết định
          </Button>
        )
      }
    >
      {decisions.length === 0 ? (
        <p className="text-sm text-ink-muted">
          Chưa có quyết định nào.{canAdd && " Ghi việc cần làm, người thực hiện và hạn hoàn thành."}
        </p>
      ) : (
        <ul className="flex flex-col divide-y divide-surface-line" data-testid="decisions">
          {decisions.map((d) => {
            const overdue = !d.isDone && d.dueOn && d.dueOn.toISOString().slice(0, 10) < today;
            return (
              <li key={d.id} className="flex flex-wrap items-start justify-between gap-2 py-2">
                <div className="min-w-0">
                  <p className="text-sm text-ink">{d.content}</p>
                  <p className="text-xs text-ink-muted">
                    {d.assignee?.fullName ?? "—"}
                    {d.dueOn && ` · hạn ${formatDate(d.dueOn)}`}
                  </p>
                </div>
                <div className="flex items-center gap-2">
                  {d.isDone ? (
                    <Badge tone="green">Đã xong</Badge>
                  ) : overdue ? (
                    <Badge tone="red">Quá hạn</Badge>
                  ) : (
                    <Badge tone="amber">Chưa xong</Badge>
                  )}
                  {canFollowUp && (
                    <Button variant="ghost" className="px-2 text-brand-700" onClick={() => toggle(d)}>
                      {d.isDone ? "Chưa xong" : "Đánh dấu xong"}
                    </Button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <Dialog open={open} onClose={() => setOpen(false)} title="Thêm quyết định">
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <Field label="Nội dung" htmlFor="decision-content" error={errors.content?.message} required>
            <textarea
              id="decision-content"
              rows={3}
              className={inputClass(!!errors.content)}
              {...form.register("content")}
            />
          </Field>
          <Field
            label="Người thực hiện"
            htmlFor="decision-assignee"
            error={errors.assigneeMemberId?.message}
            required
          >
            <select
              id="decision-assignee"
              className={inputClass(!!errors.assigneeMemberId)}
              {...form.register("assigneeMemberId")}
            >
              <option value="">— Chọn —</option>
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Hạn hoàn thành" htmlFor="decision-due" error={errors.dueOn?.message}>
            <DateInput id="decision-due" invalid={!!errors.dueOn} {...form.register("dueOn")} />
          </Field>
          <DialogActions
            onCancel={() => setOpen(false)}
            submitting={form.formState.isSubmitting}
            label="Ghi quyết định"
          />
        </form>
      </Dialog>
    </Card>
  );
}
