"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { GroupOptions } from "@/components/forms/group-options";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { Dialog } from "@/components/ui/dialog";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import * as clock from "@/lib/clock";
import { formatDate } from "@/lib/format";
import { moveMembersAction } from "@/lib/groups/actions";
import { moveMembersSchema, type MoveMembersValues } from "@/lib/groups/schema";

type Props = {
  open: boolean;
  onClose: () => void;
  onMoved: () => void;
  fromGroupName: string;
  selected: { id: string; fullName: string }[];
  groups: { id: string; name: string }[];
};

/** Chuyển tổ for the selected members: a dated move, confirmed before it is saved. */
export function MoveMembersDialog({ open, onClose, onMoved, fromGroupName, selected, groups }: Props) {
  const [confirming, setConfirming] = useState(false);
  const toast = useToast();
  const today = formatDate(clock.today());
  const form = useForm<MoveMembersValues>({
    resolver: zodResolver(moveMembersSchema),
    defaultValues: { memberIds: [], toGroupId: "", effectiveOn: today, reason: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const ids = selected.map((m) => m.id).join(",");
  useEffect(() => {
    if (open) form.reset({ ...form.getValues(), memberIds: ids ? ids.split(",") : [] });
    setConfirming(false);
  }, [open, ids, form]);

  const values = form.watch();
  const target = groups.find((g) => g.id === values.toGroupId)?.name;

  const onSubmit = form.handleSubmit(async (v) => {
    if (!confirming) return setConfirming(true);
    const result = await moveMembersAction(v);
    setConfirming(false);
    if (!result.ok) return toast("error", applyFieldErrors(result, form.setError) ?? "Không chuyển được.");
    toast("success", `Đã chuyển ${result.data.moved} đoàn viên sang ${target}.`);
    form.reset({ memberIds: [], toGroupId: "", effectiveOn: today, reason: "" });
    onMoved();
  });

  const names = selected.map((m) => m.fullName).join(", ");
  return (
    <Dialog open={open} onClose={onClose} title={`Chuyển tổ: ${selected.length} đoàn viên`}>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
        <p className="text-sm text-ink-muted">
          Từ <span className="font-medium text-ink">{fromGroupName}</span>: {names}
        </p>
        {errors.memberIds?.message && (
          <p className="rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-800">
            {errors.memberIds.message}
          </p>
        )}
        <Field label="Tổ chuyển đến" htmlFor="toGroupId" error={errors.toGroupId?.message} required>
          <select
            id="toGroupId"
            className={inputClass(!!errors.toGroupId)}
            {...form.register("toGroupId", { onChange: () => setConfirming(false) })}
          >
            <GroupOptions groups={groups} />
          </select>
        </Field>
        <Field
          label="Ngày chuyển"
          htmlFor="effectiveOn"
          error={errors.effectiveOn?.message}
          hint="Ngày đoàn viên bắt đầu sinh hoạt ở tổ mới."
          required
        >
          <DateInput
            id="effectiveOn"
            invalid={!!errors.effectiveOn}
            {...form.register("effectiveOn", { onChange: () => setConfirming(false) })}
          />
        </Field>
        <Field label="Lý do / số quyết định" htmlFor="reason" error={errors.reason?.message}>
          <textarea
            id="reason"
            rows={2}
            className={inputClass(!!errors.reason)}
            placeholder="Ví dụ: Phân công lại chuyên môn"
            {...form.register("reason")}
          />
        </Field>
        {confirming && (
          <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="confirm-move">
            Chuyển {selected.length} đoàn viên từ {fromGroupName} sang {target}, từ ngày{" "}
            {formatDate(values.effectiveOn)}? Việc chuyển được ghi vào lịch sử của từng đoàn viên; tổ trưởng,
            tổ phó chuyển đi sẽ thôi giữ chức vụ ở tổ cũ từ ngày đó.
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Hủy
          </Button>
          <Button type="submit" disabled={isSubmitting || !selected.length}>
            {isSubmitting ? "Đang chuyển…" : confirming ? "Xác nhận chuyển" : "Tiếp tục"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
