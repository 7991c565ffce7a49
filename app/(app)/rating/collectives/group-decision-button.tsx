"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { decideGroupLevelAction } from "@/lib/rating/collectives/actions";
import type { GroupRatingRow } from "@/lib/rating/collectives/queries";
import { groupDecisionSchema, type GroupDecisionValues } from "@/lib/rating/collectives/schema";

/** The BCH's level for a tổ, with a note, in a dialog. */
export function GroupDecisionButton({
  ratingYearId,
  group,
  levels,
}: {
  ratingYearId: string;
  group: GroupRatingRow;
  levels: string[];
}) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const toast = useToast();
  const x = group.rating;
  const defaults: GroupDecisionValues = {
    ratingYearId,
    groupId: group.id,
    version: x?.version ?? 0,
    finalLevel: x?.finalLevel ?? x?.selfLevel ?? "",
    note: x?.reviewNote ?? "",
  };
  const form = useForm<GroupDecisionValues>({
    resolver: zodResolver(groupDecisionSchema),
    defaultValues: defaults,
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (v) => {
    const res = await decideGroupLevelAction(v);
    if (!res.ok) return toast("error", applyFieldErrors(res, form.setError) ?? "Không lưu được.");
    toast("success", `Đã xếp loại ${group.name}: ${res.data.finalLevel}.`);
    setOpen(false);
    router.refresh();
  });
  const id = (n: string) => `${n}-${group.id}`;
  return (
    <>
      <Button
        variant={x?.finalLevel ? "secondary" : "primary"}
        onClick={() => {
          form.reset(defaults);
          setOpen(true);
        }}
      >
        {x?.finalLevel ? "Sửa mức" : "Xếp loại"}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={`Xếp loại ${group.name}`}>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
          <p className="text-sm text-ink-muted">
            {x?.selfSubmittedAt
              ? `Tổ tự chấm ${x.selfTotal} điểm, mức “${x.selfLevel}”.`
              : "Tổ chưa gửi kết quả tự chấm."}
          </p>
          <Field
            label="Mức xếp loại của BCH"
            htmlFor={id("level")}
            required
            error={errors.finalLevel?.message}
          >
            <select
              id={id("level")}
              className={inputClass(!!errors.finalLevel)}
              {...form.register("finalLevel")}
            >
              <option value="">— Chọn mức —</option>
              {levels.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Nhận xét" htmlFor={id("note")} error={errors.note?.message}>
            <textarea
              id={id("note")}
              rows={3}
              className={inputClass(!!errors.note)}
              {...form.register("note")}
            />
          </Field>
          <DialogActions onCancel={() => setOpen(false)} submitting={isSubmitting} label="Lưu mức xếp loại" />
        </form>
      </Dialog>
    </>
  );
}
