"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { createGroupAction, renameGroupAction } from "@/lib/groups/actions";
import { createGroupSchema, type CreateGroupValues } from "@/lib/groups/schema";

/** Creates a tổ, or renames one when `group` is given. */
export function GroupNameDialog({ group }: { group?: { id: string; name: string } }) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const toast = useToast();
  const form = useForm<CreateGroupValues>({
    resolver: zodResolver(createGroupSchema),
    defaultValues: { name: group?.name ?? "" },
  });
  const { errors, isSubmitting } = form.formState;
  // The tổ list has one dialog per row besides “+ Thêm tổ”: ids must differ per instance.
  const inputId = `${useId()}-name`;

  const close = () => {
    setOpen(false);
    form.reset({ name: group?.name ?? "" });
  };

  const onSubmit = form.handleSubmit(async (values) => {
    const result = group
      ? await renameGroupAction({ id: group.id, name: values.name })
      : await createGroupAction(values);
    if (!result.ok) return toast("error", applyFieldErrors(result, form.setError) ?? "Không lưu được.");
    toast(
      "success",
      group ? `Đã đổi tên thành “${values.name.trim()}”.` : `Đã thêm “${values.name.trim()}”.`,
    );
    setOpen(false);
    form.reset({ name: group ? values.name.trim() : "" });
    router.refresh();
  });

  return (
    <>
      {group ? (
        <Button
          variant="ghost"
          className="px-2 text-brand-700"
          onClick={() => setOpen(true)}
          aria-label={`Đổi tên ${group.name}`}
        >
          Đổi tên
        </Button>
      ) : (
        <Button onClick={() => setOpen(true)}>+ Thêm tổ</Button>
      )}
      <Dialog open={open} onClose={close} title={group ? `Đổi tên ${group.name}` : "Thêm tổ công đoàn"}>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <Field
            label="Tên tổ"
            htmlFor={inputId}
            error={errors.name?.message}
            hint="Ví dụ: Tổ Toán – Tin, Tổ Văn phòng"
            required
          >
            <input
              id={inputId}
              autoComplete="off"
              className={inputClass(!!errors.name)}
              {...form.register("name")}
            />
          </Field>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={close}>
              Hủy
            </Button>
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? "Đang lưu…" : group ? "Lưu tên mới" : "Thêm tổ"}
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
