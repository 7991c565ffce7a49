"use client";
// "Mở bình xét": the tổ trưởng picks the tổ's bình xét meeting; the number present comes from its
// attendance once taken, else it is typed (it limits the votes recorded for each member).
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { openGroupReviewAction } from "@/lib/rating/groups/actions";
import { openGroupReviewSchema, type OpenGroupReviewValues } from "@/lib/rating/groups/schema";

export type MeetingChoice = { id: string; label: string; present: number | null };

export function OpenReviewForm({
  ratingYearId,
  groupId,
  meetings,
  members,
}: {
  ratingYearId: string;
  groupId: string;
  meetings: MeetingChoice[];
  members: number;
}) {
  const router = useRouter();
  const toast = useToast();
  const hydrated = useHydrated();
  const first = meetings[0];
  const form = useForm<OpenGroupReviewValues>({
    resolver: zodResolver(openGroupReviewSchema),
    defaultValues: {
      ratingYearId,
      groupId,
      meetingId: first?.id ?? "",
      presentCount: first?.present != null ? String(first.present) : "",
    },
  });
  const { errors, isSubmitting } = form.formState;
  const meetingId = useWatch({ control: form.control, name: "meetingId" });
  const chosen = meetings.find((m) => m.id === meetingId);
  const fromAttendance = chosen?.present ?? null;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await openGroupReviewAction(values);
    if (!result.ok)
      return toast("error", applyFieldErrors(result, form.setError) ?? "Không mở được bình xét.");
    toast("success", "Đã mở bình xét của tổ.");
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <Field label="Cuộc họp tổ bình xét" htmlFor="meetingId" error={errors.meetingId?.message} required>
        <select
          id="meetingId"
          className={inputClass(!!errors.meetingId)}
          {...form.register("meetingId", {
            onChange: (e) => {
              const m = meetings.find((x) => x.id === e.target.value);
              if (m?.present != null) form.setValue("presentCount", String(m.present));
            },
          })}
          disabled={!hydrated}
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
        htmlFor="presentCount"
        error={errors.presentCount?.message}
        hint={
          fromAttendance !== null
            ? "Lấy theo điểm danh của cuộc họp."
            : `Cuộc họp chưa điểm danh: nhập số đoàn viên có mặt (tối đa ${members}).`
        }
        required
      >
        <input
          id="presentCount"
          inputMode="numeric"
          readOnly={fromAttendance !== null}
          className={inputClass(!!errors.presentCount)}
          {...form.register("presentCount")}
        />
      </Field>
      <div>
        <Button type="submit" disabled={!hydrated || isSubmitting}>
          {isSubmitting ? "Đang mở…" : "Mở bình xét"}
        </Button>
      </div>
    </form>
  );
}
