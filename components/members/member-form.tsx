"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { lazyZodResolver } from "@/components/forms/lazy-resolver";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toast";
import { createMemberAction, updateMemberAction } from "@/lib/members/actions";
import type { MemberFormValues } from "@/lib/members/schema";
import { MemberFormFields } from "./member-form-fields";

/** `version` is the record's version when the edit page loaded it (optimistic locking). */
type Props = {
  memberId?: string;
  version?: number;
  initial: MemberFormValues;
  groups: { id: string; name: string }[];
};

// The schema (and zod) arrive when the form is first focused, not with the page (lazy-resolver.ts).
const resolver = lazyZodResolver<MemberFormValues>(() =>
  import("@/lib/members/schema").then((m) => m.memberFormSchema),
);

export function MemberForm({ memberId, version = 0, initial, groups }: Props) {
  const router = useRouter();
  const toast = useToast();
  const form = useForm<MemberFormValues>({
    resolver,
    defaultValues: initial,
    mode: "onTouched",
  });
  const { isSubmitting } = form.formState;
  // A refusal that belongs to the whole form (someone else saved first), shown beside the buttons.
  const [formError, setFormError] = useState<string | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = memberId
      ? await updateMemberAction({ id: memberId, version, values })
      : await createMemberAction(values);
    if (!result.ok) {
      if (result.code === "CONFLICT" && !result.fieldErrors) setFormError(result.error);
      toast("error", applyFieldErrors(result, form.setError, "values.") ?? "Không lưu được.");
      return;
    }
    toast("success", memberId ? "Đã lưu thay đổi." : "Đã thêm đoàn viên.");
    router.push(`/members/${result.data.id}`);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} onFocus={resolver.preload} noValidate className="flex flex-col gap-5">
      <MemberFormFields form={form} groups={groups} groupLocked={Boolean(memberId)} />
      {formError && (
        <p
          role="alert"
          data-form-error
          className="rounded-lg border border-brand-200 bg-brand-50 px-3 py-2 text-sm text-brand-700"
        >
          {formError}
        </p>
      )}
      <div className="sticky bottom-0 -mx-4 flex justify-end gap-2 border-t border-surface-line bg-white/95 px-4 py-3 backdrop-blur sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:p-0">
        <Button variant="secondary" onClick={() => router.back()} disabled={isSubmitting}>
          Hủy
        </Button>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Đang lưu…" : memberId ? "Lưu thay đổi" : "Thêm đoàn viên"}
        </Button>
      </div>
    </form>
  );
}
