"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { createTermAction } from "@/lib/terms/actions";
import { termSchema, type TermValues } from "@/lib/terms/schema";

const EMPTY: TermValues = { name: "", startOn: "", endOn: "" };

/** Thêm nhiệm kỳ: a name and its dates; terms may not overlap. */
export function TermCreateDialog({ primary = false }: { primary?: boolean }) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const toast = useToast();
  const form = useForm<TermValues>({ resolver: zodResolver(termSchema), defaultValues: EMPTY });
  const { errors, isSubmitting } = form.formState;
  const close = () => (setOpen(false), form.reset(EMPTY));

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await createTermAction(values);
    if (!result.ok) return toast("error", applyFieldErrors(result, form.setError) ?? "Không lưu được.");
    toast("success", `Đã thêm “${values.name.trim()}”.`);
    close();
    router.push(`/terms?term=${result.data.id}`);
  });

  return (
    <>
      <Button variant={primary ? "primary" : "secondary"} onClick={() => setOpen(true)}>
        + Thêm nhiệm kỳ
      </Button>
      <Dialog open={open} onClose={close} title="Thêm nhiệm kỳ">
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <Field label="Tên nhiệm kỳ" htmlFor="termName" error={errors.name?.message} required>
            <input
              id="termName"
              autoComplete="off"
              placeholder="Nhiệm kỳ 2028–2033"
              className={inputClass(!!errors.name)}
              {...form.register("name")}
            />
          </Field>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="Ngày bắt đầu" htmlFor="termStartOn" error={errors.startOn?.message} required>
              <DateInput id="termStartOn" invalid={!!errors.startOn} {...form.register("startOn")} />
            </Field>
            <Field label="Ngày kết thúc" htmlFor="termEndOn" error={errors.endOn?.message} required>
              <DateInput id="termEndOn" invalid={!!errors.endOn} {...form.register("endOn")} />
            </Field>
          </div>
          <DialogActions onCancel={close} submitting={isSubmitting} label="Thêm nhiệm kỳ" />
        </form>
      </Dialog>
    </>
  );
}
