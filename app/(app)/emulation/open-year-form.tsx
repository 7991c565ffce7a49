"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { openEmulationYearAction } from "@/lib/emulation/actions";
import { openYearSchema, type OpenYearValues } from "@/lib/emulation/schema";
import { CALENDAR_CYCLE, defaultYearDates, type Cycle } from "@/lib/settings/cycle";

export function OpenYearForm({
  defaultYear,
  hasLast,
  cycle = CALENDAR_CYCLE,
}: {
  defaultYear: number;
  hasLast: boolean;
  cycle?: Cycle;
}) {
  const router = useRouter();
  const toast = useToast();
  const form = useForm<OpenYearValues>({
    resolver: zodResolver(openYearSchema),
    defaultValues: {
      year: defaultYear,
      ...defaultYearDates(defaultYear, cycle),
      template: hasLast ? "last" : "default",
    },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await openEmulationYearAction(values);
    if (!result.ok)
      return toast("error", applyFieldErrors(result, form.setError) ?? "Không mở được năm thi đua.");
    toast("success", `Đã mở năm thi đua ${result.data.year}.`);
    router.push(`/emulation?year=${result.data.year}`);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      <Field label="Năm" htmlFor="year" error={errors.year?.message} required>
        <input
          id="year"
          inputMode="numeric"
          className={inputClass(!!errors.year)}
          {...form.register("year")}
        />
      </Field>
      <Field
        label="Hạn đăng ký"
        htmlFor="registrationDeadline"
        error={errors.registrationDeadline?.message}
        required
      >
        <DateInput
          id="registrationDeadline"
          invalid={!!errors.registrationDeadline}
          {...form.register("registrationDeadline")}
        />
      </Field>
      <Field
        label="Mở tự đánh giá"
        htmlFor="assessmentOpensOn"
        error={errors.assessmentOpensOn?.message}
        required
      >
        <DateInput
          id="assessmentOpensOn"
          invalid={!!errors.assessmentOpensOn}
          {...form.register("assessmentOpensOn")}
        />
      </Field>
      <Field
        label="Đóng tự đánh giá"
        htmlFor="assessmentClosesOn"
        error={errors.assessmentClosesOn?.message}
        required
      >
        <DateInput
          id="assessmentClosesOn"
          invalid={!!errors.assessmentClosesOn}
          {...form.register("assessmentClosesOn")}
        />
      </Field>
      <Field
        label="Mẫu tiêu chí"
        htmlFor="template"
        error={errors.template?.message}
        className="sm:col-span-2"
      >
        <select id="template" className={inputClass(!!errors.template)} {...form.register("template")}>
          {hasLast && <option value="last">Sao chép mẫu của năm trước</option>}
          <option value="default">Mẫu mặc định (100 điểm, 4 mức)</option>
        </select>
      </Field>
      <div className="sm:col-span-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Đang mở…" : "Mở năm thi đua"}
        </Button>
      </div>
    </form>
  );
}
