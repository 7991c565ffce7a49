"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { openRatingYearAction } from "@/lib/rating/decision/actions";
import { openRatingYearSchema, type OpenRatingYearValues } from "@/lib/rating/schema";

/** "Mở đánh giá, xếp loại năm …": creates the year's ratings from the emulation year. */
export function OpenRatingForm({ year, label }: { year: number; /** "năm học 2025–2026" */ label: string }) {
  const router = useRouter();
  const toast = useToast();
  const hydrated = useHydrated();
  const form = useForm<OpenRatingYearValues>({
    resolver: zodResolver(openRatingYearSchema),
    defaultValues: { year },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await openRatingYearAction(values);
    if (!result.ok)
      return toast("error", applyFieldErrors(result, form.setError) ?? "Không mở được đánh giá, xếp loại.");
    toast("success", `Đã mở đánh giá, xếp loại ${label}.`);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 flex flex-col items-center gap-2">
      <input type="hidden" {...form.register("year")} />
      <Button type="submit" disabled={!hydrated || isSubmitting}>
        {isSubmitting ? "Đang mở…" : `Mở đánh giá, xếp loại ${label}`}
      </Button>
      {errors.year && (
        <p className="max-w-md text-sm text-brand-700" data-field-error="year">
          {errors.year.message}
        </p>
      )}
    </form>
  );
}
