"use client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { sendOpinionAction } from "@/lib/opinions/actions";
import type { SendOpinionValues } from "@/lib/opinions/schema";

const resolver = lazyZodResolver<SendOpinionValues>(() =>
  import("@/lib/opinions/schema").then((m) => m.sendOpinionSchema),
);

const EMPTY: SendOpinionValues = { topic: "", body: "", isAnonymous: false };

export function SendOpinionForm() {
  const router = useRouter();
  const toast = useToast();
  const form = useForm<SendOpinionValues>({ resolver, defaultValues: EMPTY });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (v) => {
    const r = await sendOpinionAction(v);
    if (!r.ok) return toast("error", applyFieldErrors(r, form.setError) ?? r.error);
    toast(
      "success",
      v.isAnonymous
        ? "Đã gửi ý kiến ẩn danh. Ban Chấp hành không thấy tên bạn."
        : "Đã gửi ý kiến tới Ban Chấp hành.",
    );
    form.reset(EMPTY);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} onFocus={resolver.preload} noValidate className="flex flex-col gap-4">
      <Field label="Chủ đề" htmlFor="opinion-topic" error={errors.topic?.message} required>
        <input
          id="opinion-topic"
          className={inputClass(!!errors.topic)}
          placeholder="Ví dụ: Chế độ trực bán trú"
          {...form.register("topic")}
        />
      </Field>
      <Field label="Nội dung" htmlFor="opinion-body" error={errors.body?.message} required>
        <textarea
          id="opinion-body"
          rows={5}
          className={inputClass(!!errors.body)}
          {...form.register("body")}
        />
      </Field>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-0.5 size-5" {...form.register("isAnonymous")} />
        <span>
          Gửi ẩn danh{" "}
          <span className="block text-xs text-ink-muted">
            Ban Chấp hành không thấy tên bạn; chỉ bạn xem được câu trả lời ở đây.
          </span>
        </span>
      </label>
      <div className="flex justify-end">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Đang gửi…" : "Gửi ý kiến"}
        </Button>
      </div>
    </form>
  );
}
