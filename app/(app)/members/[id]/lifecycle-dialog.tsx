"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { Dialog } from "@/components/ui/dialog";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import * as clock from "@/lib/clock";
import { formatDate } from "@/lib/format";
import { changeMemberStatusAction } from "@/lib/members/actions";
import { EVENT_LABELS } from "@/lib/members/labels";
import { lifecycleSchema, type LifecycleValues } from "@/lib/members/schema";
import type { LifecycleEvent } from "@/lib/members/service";
import { GroupField, useGroupOptions } from "./group-field";

type Props = {
  memberId: string;
  memberName: string;
  events: LifecycleEvent[];
  currentGroupId: string;
};

/** The events that move the member into a tổ, and so show the "Tổ chuyển đến" field. */
const needsGroupFor = (e: string) => e === "GROUP_CHANGED" || e === "TRANSFERRED_IN";

/** Dated lifecycle changes (chuyển tổ, tạm dừng, nghỉ hưu…), each confirmed before it is saved. */
export function LifecycleDialog({ memberId, memberName, events, currentGroupId }: Props) {
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const router = useRouter();
  const toast = useToast();
  const groupOptions = useGroupOptions();
  const form = useForm<LifecycleValues>({
    resolver: zodResolver(lifecycleSchema),
    defaultValues: {
      memberId,
      event: events[0],
      effectiveOn: formatDate(clock.today()),
      toGroupId: "",
      reason: "",
    },
  });
  const event = form.watch("event");
  const needsGroup = needsGroupFor(event);
  // The tổ list is fetched when its field first shows: on opening (chuyển tổ is an active member's
  // first choice) or when an event that needs it is chosen.
  const openDialog = () => {
    setOpen(true);
    if (needsGroupFor(form.getValues("event"))) void groupOptions.ensure();
  };
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    if (!confirming) return setConfirming(true);
    const result = await changeMemberStatusAction({
      ...values,
      toGroupId: needsGroup ? values.toGroupId : undefined,
    });
    setConfirming(false);
    if (!result.ok) return toast("error", applyFieldErrors(result, form.setError) ?? "Không lưu được.");
    toast("success", `Đã ghi nhận: ${EVENT_LABELS[values.event]}.`);
    setOpen(false);
    router.refresh();
  });

  if (!events.length) return null;
  return (
    <>
      <Button variant="secondary" onClick={openDialog}>
        Thay đổi sinh hoạt…
      </Button>
      <Dialog
        open={open}
        onClose={() => (setOpen(false), setConfirming(false))}
        title={`Thay đổi sinh hoạt: ${memberName}`}
      >
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <Field label="Thay đổi" htmlFor="event" error={errors.event?.message} required>
            <select
              id="event"
              className={inputClass(!!errors.event)}
              {...form.register("event", {
                onChange: (e: React.ChangeEvent<HTMLSelectElement>) => {
                  setConfirming(false);
                  if (needsGroupFor(e.target.value)) void groupOptions.ensure();
                },
              })}
            >
              {events.map((e) => (
                <option key={e} value={e}>
                  {EVENT_LABELS[e]}
                </option>
              ))}
            </select>
          </Field>
          {needsGroup && (
            <GroupField
              options={groupOptions}
              excludeId={event === "GROUP_CHANGED" ? currentGroupId : null}
              registration={form.register("toGroupId")}
              error={errors.toGroupId?.message}
            />
          )}
          <Field label="Ngày hiệu lực" htmlFor="effectiveOn" error={errors.effectiveOn?.message} required>
            <DateInput id="effectiveOn" invalid={!!errors.effectiveOn} {...form.register("effectiveOn")} />
          </Field>
          <Field
            label="Lý do / số quyết định"
            htmlFor="reason"
            error={errors.reason?.message}
            required={event === "EXPELLED"}
          >
            <textarea
              id="reason"
              rows={2}
              className={inputClass(!!errors.reason)}
              {...form.register("reason")}
            />
          </Field>
          {confirming && (
            <p
              role="alert"
              className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900"
              data-testid="confirm-lifecycle"
            >
              Xác nhận “{EVENT_LABELS[event]}” cho {memberName}? Thay đổi được ghi vào lịch sử và nhật ký,
              không xóa được.
            </p>
          )}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => (setOpen(false), setConfirming(false))}>
              Hủy
            </Button>
            <Button type="submit" disabled={isSubmitting}>
              {confirming ? "Xác nhận" : "Tiếp tục"}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
