"use client";
// The BCH meeting that decided and its số nghị quyết / quyết định.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { saveDecisionRefAction } from "@/lib/rating/decision/actions";
import { decisionRefSchema, type DecisionRefValues } from "@/lib/rating/schema";

type Props = {
  ratingYearId: string;
  meetings: { id: string; label: string }[];
  current: { meetingId: string; decisionRef: string; decidedOn: string };
};

export function DecisionRefForm({ ratingYearId, meetings, current }: Props) {
  const router = useRouter();
  const toast = useToast();
  const hydrated = useHydrated();
  const form = useForm<DecisionRefValues>({
    resolver: zodResolver(decisionRefSchema),
    defaultValues: { ratingYearId, ...current },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await saveDecisionRefAction(values);
    if (!result.ok) return toast("error", applyFieldErrors(result, form.setError) ?? "Không lưu được.");
    toast("success", "Đã ghi quyết định của Ban Chấp hành.");
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid grid-cols-1 gap-3 sm:grid-cols-3">
      <Field
        label="Cuộc họp Ban Chấp hành"
        htmlFor="meetingId"
        error={errors.meetingId?.message}
        required
        className="sm:col-span-3"
      >
        <select id="meetingId" className={inputClass(!!errors.meetingId)} {...form.register("meetingId")}>
          <option value="">— Chọn cuộc họp —</option>
          {meetings.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
      </Field>
      <Field
        label="Số nghị quyết / quyết định"
        htmlFor="decisionRef"
        error={errors.decisionRef?.message}
        required
      >
        <input
          id="decisionRef"
          className={inputClass(!!errors.decisionRef)}
          placeholder="12/NQ-CĐCS"
          {...form.register("decisionRef")}
        />
      </Field>
      <Field label="Ngày ban hành" htmlFor="decidedOn" error={errors.decidedOn?.message} required>
        <DateInput id="decidedOn" invalid={!!errors.decidedOn} {...form.register("decidedOn")} />
      </Field>
      <div className="flex items-end">
        <Button type="submit" disabled={!hydrated || isSubmitting}>
          {isSubmitting ? "Đang lưu…" : "Lưu quyết định"}
        </Button>
      </div>
      {meetings.length === 0 && (
        <p className="text-sm text-ink-muted sm:col-span-3">
          Chưa có cuộc họp Ban Chấp hành nào trong năm: hãy tạo cuộc họp ở mục Họp trước.
        </p>
      )}
    </form>
  );
}
