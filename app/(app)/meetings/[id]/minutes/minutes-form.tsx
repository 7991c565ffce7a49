"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { saveMinutesAction } from "@/lib/meetings/actions";
import { minutesSchema, type MinutesValues } from "@/lib/meetings/schema";
import { MAIN_TOPIC_WARNING, tooManyMainTopics } from "@/lib/meetings/service";
import type { z } from "@/lib/validation";
import { MinutesItemFields } from "./minutes-item-fields";

/** The minutes of each agenda item: discussion, vote counts, the chủ trì's conclusion. */
export function MinutesForm({ initial, present }: { initial: MinutesValues; present: number }) {
  const router = useRouter();
  const toast = useToast();
  const form = useForm<MinutesValues, unknown, z.output<typeof minutesSchema>>({
    resolver: zodResolver(minutesSchema),
    defaultValues: initial,
  });
  const { errors, isSubmitting } = form.formState;
  const items = useFieldArray({ control: form.control, name: "items" });
  const warn = tooManyMainTopics(form.watch("items") ?? []);

  // The action parses the typed text itself, so it gets the raw values, not zod's output.
  const onSubmit = form.handleSubmit(async () => {
    const result = await saveMinutesAction(form.getValues());
    if (!result.ok) return toast("error", applyFieldErrors(result, form.setError) ?? result.error);
    toast("success", "Đã lưu biên bản nháp.");
    router.push(`/meetings/${initial.meetingId}`);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <p className="text-sm text-ink-muted">
        Có mặt: <b data-testid="present">{present}</b> người. Tổng số phiếu của mỗi nội dung không được vượt
        quá số này.
      </p>
      {items.fields.map((f, i) => (
        <MinutesItemFields key={f.id} form={form} i={i} onRemove={() => items.remove(i)} />
      ))}
      {warn && (
        <p role="note" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-800">
          ⚠ {MAIN_TOPIC_WARNING}
        </p>
      )}
      {errors.items?.root?.message && (
        <p role="alert" className="text-sm text-brand-700">
          {errors.items.root.message}
        </p>
      )}
      <div>
        <Button
          variant="secondary"
          onClick={() =>
            items.append({
              title: "",
              isMain: false,
              discussion: "",
              votesFor: "",
              votesAgainst: "",
              votesOther: "",
              conclusion: "",
            })
          }
        >
          + Thêm nội dung
        </Button>
      </div>
      <Field
        label="Giờ kết thúc"
        htmlFor="endTime"
        error={errors.endTime?.message}
        hint="Ví dụ 16:30"
        className="max-w-48"
      >
        <input
          id="endTime"
          inputMode="numeric"
          className={inputClass(!!errors.endTime)}
          {...form.register("endTime")}
        />
      </Field>
      <div className="sticky bottom-0 -mx-4 flex justify-end gap-2 border-t border-surface-line bg-white/95 px-4 py-3">
        <Button variant="secondary" onClick={() => router.back()}>
          Hủy
        </Button>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Đang lưu…" : "Lưu biên bản"}
        </Button>
      </div>
    </form>
  );
}
