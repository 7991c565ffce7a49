"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type UseFormReturn } from "react-hook-form";
import { ConfirmActionButton } from "@/components/emulation/action-button";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Field, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { archiveCatalogueItemAction, saveCatalogueItemAction } from "@/lib/emulation/actions";
import { catalogueItemSchema, type CatalogueItemValues } from "@/lib/emulation/schema";

type Kind = CatalogueItemValues["kind"];
type Item = {
  id: string;
  name: string;
  description?: string | null;
  scope?: "INDIVIDUAL" | "COLLECTIVE";
  level?: string;
  eligibility?: "ANY" | "FEMALE_ONLY";
};
const NOUN = { movement: "phong trào", title: "danh hiệu", commendation: "hình thức khen thưởng" } as const;

export function CatalogueItemButton({ kind, item }: { kind: Kind; item?: Item }) {
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const form = useForm<CatalogueItemValues>({
    resolver: zodResolver(catalogueItemSchema),
    defaultValues: defaultsFor(kind, item),
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    const result = await saveCatalogueItemAction(values);
    if (!result.ok) return toast("error", applyFieldErrors(result, form.setError) ?? "Không lưu được.");
    toast("success", `Đã lưu ${NOUN[kind]}.`);
    setOpen(false);
    router.refresh();
  });
  const p = `${kind}-${item?.id ?? "new"}`;
  return (
    <>
      <Button variant={item ? "ghost" : "secondary"} onClick={() => setOpen(true)}>
        {item ? "Sửa" : `+ Thêm ${NOUN[kind]}`}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={item ? `Sửa ${NOUN[kind]}` : `Thêm ${NOUN[kind]}`}
      >
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <Field label="Tên" htmlFor={`${p}-name`} error={errors.name?.message} required>
            <input id={`${p}-name`} className={inputClass(!!errors.name)} {...form.register("name")} />
          </Field>
          <KindFields kind={kind} prefix={p} form={form} />
          <DialogActions onCancel={() => setOpen(false)} submitting={isSubmitting} label="Lưu" />
        </form>
      </Dialog>
    </>
  );
}

function defaultsFor(kind: Kind, item?: Item): CatalogueItemValues {
  return {
    kind,
    id: item?.id ?? "",
    name: item?.name ?? "",
    description: item?.description ?? "",
    scope: item?.scope ?? "INDIVIDUAL",
    level: item?.level ?? "Cơ sở",
    eligibility: item?.eligibility ?? "ANY",
  };
}

/** The fields only some kinds have: a movement's description, a title's scope, the level, who may register. */
function KindFields({
  kind,
  prefix: p,
  form,
}: {
  kind: Kind;
  prefix: string;
  form: UseFormReturn<CatalogueItemValues>;
}) {
  const { errors } = form.formState;
  return (
    <>
      {kind === "movement" && (
        <Field label="Mô tả" htmlFor={`${p}-description`} error={errors.description?.message}>
          <input
            id={`${p}-description`}
            className={inputClass(!!errors.description)}
            {...form.register("description")}
          />
        </Field>
      )}
      {kind === "title" && (
        <Field label="Loại" htmlFor={`${p}-scope`}>
          <select id={`${p}-scope`} className={inputClass()} {...form.register("scope")}>
            <option value="INDIVIDUAL">Cá nhân</option>
            <option value="COLLECTIVE">Tập thể</option>
          </select>
        </Field>
      )}
      {kind !== "movement" && (
        <Field label="Cấp" htmlFor={`${p}-level`} error={errors.level?.message}>
          <input id={`${p}-level`} className={inputClass(!!errors.level)} {...form.register("level")} />
        </Field>
      )}
      {kind !== "commendation" && (
        <Field label="Đối tượng" htmlFor={`${p}-eligibility`}>
          <select id={`${p}-eligibility`} className={inputClass()} {...form.register("eligibility")}>
            <option value="ANY">Mọi đoàn viên</option>
            <option value="FEMALE_ONLY">Chỉ nữ đoàn viên</option>
          </select>
        </Field>
      )}
    </>
  );
}

export function ArchiveButton({
  kind,
  id,
  name,
  archived,
}: {
  kind: Kind;
  id: string;
  name: string;
  archived: boolean;
}) {
  return (
    <ConfirmActionButton
      label={archived ? "Dùng lại" : "Lưu trữ"}
      variant="ghost"
      title={archived ? `Dùng lại ${NOUN[kind]}` : `Lưu trữ ${NOUN[kind]}`}
      body={
        archived
          ? `"${name}" sẽ lại được chọn khi đăng ký.`
          : `"${name}" không còn được chọn khi đăng ký mới; các bản đăng ký cũ vẫn giữ nguyên.`
      }
      confirmLabel={archived ? "Dùng lại" : "Lưu trữ"}
      success="Đã cập nhật danh mục."
      run={() => archiveCatalogueItemAction({ kind, id, archived: !archived })}
    />
  );
}
