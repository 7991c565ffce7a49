"use client";
// "Ban hành quyết định": number, date and signer. Every decided, not yet issued proposal of the year
// goes into it, and the CĐCS see it on their titles.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { Controller, useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { Field, fieldControlProps, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { issueAwardDecisionAction } from "@/lib/org/awards/actions";
import { issueDecisionSchema, type IssueDecisionValues } from "@/lib/org/awards/schema";

export function IssueDecisionForm({ year, pending }: { year: number; pending: number }) {
  const router = useRouter();
  const toast = useToast();
  const form = useForm<IssueDecisionValues>({
    resolver: zodResolver(issueDecisionSchema),
    defaultValues: { year, number: "", signedOn: "", signerName: "", signerTitle: "CHU_TICH" },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (v) => {
    const res = await issueAwardDecisionAction(v);
    if (!res.ok) return toast("error", applyFieldErrors(res, form.setError) ?? "Không ban hành được.");
    toast("success", `Đã ban hành Quyết định số ${v.number}: ${res.data.awarded} đề nghị được khen.`);
    form.reset();
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <p className="text-sm">
        Quyết định gồm <b data-testid="pending-award">{pending}</b> đề nghị đã quyết “Khen” chưa ban hành.
      </p>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Field label="Số quyết định" htmlFor="decision-number" required error={errors.number?.message}>
          <input
            id="decision-number"
            className={inputClass(!!errors.number)}
            placeholder="25/QĐ-CĐGD"
            {...form.register("number")}
          />
        </Field>
        <Field label="Ngày ký" htmlFor="decision-date" required error={errors.signedOn?.message}>
          <Controller
            control={form.control}
            name="signedOn"
            render={({ field }) => (
              <DateInput
                id="decision-date"
                invalid={!!errors.signedOn}
                {...fieldControlProps({
                  htmlFor: "decision-date",
                  error: errors.signedOn?.message,
                  required: true,
                })}
                {...field}
              />
            )}
          />
        </Field>
        <Field label="Người ký" htmlFor="decision-signer" required error={errors.signerName?.message}>
          <input
            id="decision-signer"
            className={inputClass(!!errors.signerName)}
            {...form.register("signerName")}
          />
        </Field>
        <Field label="Chức vụ" htmlFor="decision-title" required error={errors.signerTitle?.message}>
          <select
            id="decision-title"
            className={inputClass(!!errors.signerTitle)}
            {...form.register("signerTitle")}
          >
            <option value="CHU_TICH">Chủ tịch</option>
            <option value="PHO_CHU_TICH">Phó Chủ tịch</option>
          </select>
        </Field>
      </div>
      <div>
        <Button type="submit" disabled={isSubmitting || pending === 0}>
          {isSubmitting ? "Đang ban hành…" : "Ban hành quyết định"}
        </Button>
      </div>
    </form>
  );
}
