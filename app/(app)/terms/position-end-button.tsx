"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import * as clock from "@/lib/clock";
import { formatDate, toDateInput } from "@/lib/format";
import { endPositionAction } from "@/lib/terms/actions";
import { endPositionSchema, type EndPositionValues } from "@/lib/terms/schema";

type Props = { positionId: string; roleLabel: string; memberName: string; startOn: Date };

/** Kết thúc chức vụ on a date, after a confirmation. */
export function PositionEndButton({ positionId, roleLabel, memberName, startOn }: Props) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const toast = useToast();
  const start = toDateInput(startOn);
  const today = toDateInput(clock.today());
  const empty = { positionId, endOn: formatDate(today < start ? start : today) };
  const form = useForm<EndPositionValues>({ resolver: zodResolver(endPositionSchema), defaultValues: empty });
  const { errors, isSubmitting } = form.formState;
  const endOn = form.watch("endOn");
  const close = () => (setOpen(false), form.reset(empty));

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await endPositionAction(values);
    if (!result.ok) return toast("error", applyFieldErrors(result, form.setError) ?? "Không lưu được.");
    toast(
      "success",
      `Đã kết thúc chức vụ ${roleLabel} của ${memberName} từ ngày ${formatDate(values.endOn)}.`,
    );
    close();
    router.refresh();
  });

  return (
    <>
      <Button
        variant="ghost"
        className="min-h-8 px-2 py-1 text-brand-700"
        onClick={() => setOpen(true)}
        aria-label={`Kết thúc chức vụ ${roleLabel} của ${memberName}`}
      >
        Kết thúc
      </Button>
      <Dialog open={open} onClose={close} title="Kết thúc chức vụ">
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <p className="text-sm">
            <span className="font-medium">{memberName}</span> · {roleLabel} từ {formatDate(startOn)}
          </p>
          <Field
            label="Ngày kết thúc"
            htmlFor={`endOn-${positionId}`}
            error={errors.endOn?.message}
            hint="Ngày cuối cùng giữ chức vụ."
            required
          >
            <DateInput id={`endOn-${positionId}`} invalid={!!errors.endOn} {...form.register("endOn")} />
          </Field>
          <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {memberName} sẽ thôi giữ chức vụ {roleLabel} sau ngày {formatDate(endOn) || "…"} và mất các quyền
            đi kèm từ ngày hôm sau. Việc này được ghi vào nhật ký.
          </p>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={close}>
              Hủy
            </Button>
            <Button type="submit" variant="danger" disabled={isSubmitting}>
              {isSubmitting ? "Đang lưu…" : "Xác nhận kết thúc"}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
