"use client";
// Changing the linked meeting, the number present or the general remarks while the tổ is still
// reviewing; the version it loaded guards against overwriting someone else's change.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { updateGroupReviewAction } from "@/lib/rating/groups/actions";
import { updateGroupReviewSchema, type UpdateGroupReviewValues } from "@/lib/rating/groups/schema";
import type { MeetingChoice } from "./open-review-form";

export function UpdateReviewForm({
  initial,
  meetings,
}: {
  initial: UpdateGroupReviewValues;
  meetings: MeetingChoice[];
}) {
  const router = useRouter();
  const toast = useToast();
  const form = useForm<UpdateGroupReviewValues>({
    resolver: zodResolver(updateGroupReviewSchema),
    defaultValues: initial,
  });
  const { errors, isSubmitting } = form.formState;
  const meetingId = useWatch({ control: form.control, name: "meetingId" });
  const fromAttendance = meetings.find((m) => m.id === meetingId)?.present ?? null;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await updateGroupReviewAction({
      ...values,
      presentCount: fromAttendance !== null ? String(fromAttendance) : values.presentCount,
    });
    if (!result.ok) return toast("error", applyFieldErrors(result, form.setError) ?? "Không lưu được.");
    form.setValue("version", result.data.version);
    toast("success", "Đã cập nhật cuộc họp bình xét.");
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 grid grid-cols-1 gap-3 sm:grid-cols-2">
      <Field label="Cuộc họp tổ bình xét" htmlFor="review-meetingId" error={errors.meetingId?.message}>
        <select
          id="review-meetingId"
          className={inputClass(!!errors.meetingId)}
          {...form.register("meetingId", {
            onChange: (e) => {
              const m = meetings.find((x) => x.id === e.target.value);
              if (m?.present != null) form.setValue("presentCount", String(m.present));
            },
          })}
        >
          {meetings.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="Số người dự họp"
        htmlFor="review-presentCount"
        error={errors.presentCount?.message}
        hint={fromAttendance !== null ? `Theo điểm danh: ${fromAttendance} người.` : undefined}
      >
        <input
          id="review-presentCount"
          inputMode="numeric"
          readOnly={fromAttendance !== null}
          className={inputClass(!!errors.presentCount)}
          {...form.register("presentCount")}
        />
      </Field>
      <Field
        label="Nhận xét chung của cuộc họp"
        htmlFor="review-remarks"
        error={errors.remarks?.message}
        className="sm:col-span-2"
      >
        <textarea
          id="review-remarks"
          rows={2}
          className={inputClass(!!errors.remarks)}
          {...form.register("remarks")}
        />
      </Field>
      <div className="sm:col-span-2">
        <Button type="submit" variant="secondary" disabled={isSubmitting}>
          {isSubmitting ? "Đang lưu…" : "Lưu thông tin cuộc họp"}
        </Button>
      </div>
    </form>
  );
}
