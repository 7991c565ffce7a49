"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { saveAnnualSectionAction } from "@/lib/reports/annual/actions";
import { saveSectionSchema, type SaveSectionValues } from "@/lib/reports/annual/schema";
import type { SectionKey } from "@/lib/reports/annual/sections";

/** One narrative section: written here, with last year's text offered as a start. */
export function SectionForm({
  year,
  sectionKey,
  hint,
  body,
  version,
  previous,
}: {
  year: number;
  sectionKey: SectionKey;
  hint: string;
  body: string;
  version: number;
  previous: string | null;
}) {
  const router = useRouter();
  const toast = useToast();
  const hydrated = useHydrated();
  const form = useForm<SaveSectionValues>({
    resolver: zodResolver(saveSectionSchema),
    defaultValues: { year, key: sectionKey, body, version },
  });
  const id = `section-${sectionKey}`;
  const onSubmit = form.handleSubmit(async (v) => {
    const r = await saveAnnualSectionAction({ ...v, year, key: sectionKey, version });
    if (!r.ok) return toast("error", applyFieldErrors(r, form.setError) ?? r.error);
    toast("success", "Đã lưu phần báo cáo.");
    router.refresh();
  });
  const error = form.formState.errors.body?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <Field label="Nội dung" htmlFor={id} hint={hint} error={error}>
        <textarea
          id={id}
          rows={8}
          defaultValue={body}
          className={inputClass(!!error)}
          {...form.register("body")}
        />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={!hydrated || form.formState.isSubmitting}>
          Lưu phần này
        </Button>
        {previous && (
          <Button
            type="button"
            variant="secondary"
            disabled={!hydrated}
            onClick={() => form.setValue("body", previous, { shouldDirty: true })}
          >
            Dùng nội dung năm trước
          </Button>
        )}
      </div>
    </form>
  );
}
