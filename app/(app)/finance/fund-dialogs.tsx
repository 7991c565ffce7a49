"use client";
// The fund's forms, each a dialog around one action: phiếu thu / chi, điều chỉnh, dự toán, nội dung
// thu chi, đối chiếu quỹ, and the UBKT's inspection note. Field errors show next to the field.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, type FieldValues, type Path, type Resolver, useForm } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-result";
import { Button } from "@/components/ui/button";
import { DateInput } from "@/components/ui/date-input";
import { Dialog } from "@/components/ui/dialog";
import { DialogActions } from "@/components/ui/dialog-actions";
import { Field, fieldControlProps, inputClass } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import { MoneyInput } from "@/components/welfare/money-input";
import type { ActionResult } from "@/lib/errors";
import {
  addFundInspectionNoteAction,
  correctFundEntryAction,
  createFundCategoryAction,
  createFundEntryAction,
  recordFundReconciliationAction,
  setFundBudgetAction,
} from "@/lib/finance/fund/actions";
import {
  budgetSchema,
  categorySchema,
  correctEntrySchema,
  entrySchema,
  inspectionNoteSchema,
  reconciliationSchema,
} from "@/lib/finance/fund/schema";
import { ACCOUNT_LABELS, ACCOUNTS, DIRECTION_LABELS, DIRECTIONS } from "@/lib/finance/labels";
import type { z } from "@/lib/validation";

type Option = { value: string; label: string; group?: string };
type FieldSpec = {
  name: string;
  label: string;
  kind: "text" | "textarea" | "money" | "date" | "select";
  options?: Option[];
  hint?: string;
  required?: boolean;
  /** Show only the options whose group equals this field's value (nội dung by thu / chi). */
  filterBy?: string;
};

function FormDialog<T extends FieldValues>({
  button,
  title,
  schema,
  defaults,
  fields,
  action,
  done,
  submitLabel,
  variant = "secondary",
}: {
  button: string;
  title: string;
  schema: z.ZodType<T, FieldValues>;
  defaults: T;
  fields: FieldSpec[];
  action: (v: T) => Promise<ActionResult<unknown>>;
  done: string;
  submitLabel: string;
  variant?: "primary" | "secondary";
}) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const toast = useToast();
  const form = useForm<T>({
    resolver: zodResolver(schema as never) as unknown as Resolver<T>,
    defaultValues: defaults as never,
  });
  const { errors, isSubmitting } = form.formState;
  const values = form.watch();
  const onSubmit = form.handleSubmit(async (v) => {
    const result = await action(v as T);
    if (!result.ok) return void toast("error", applyFieldErrors(result, form.setError) ?? "Không lưu được.");
    toast("success", done);
    setOpen(false);
    form.reset(defaults);
    router.refresh();
  });
  const err = (name: string) => (errors as Record<string, { message?: string }>)[name]?.message;
  return (
    <>
      <Button variant={variant} onClick={() => setOpen(true)}>
        {button}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={title}>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          {fields.map((f) => {
            const id = `fund-${f.name}`;
            const error = err(f.name);
            const name = f.name as Path<T>;
            const control = fieldControlProps({ htmlFor: id, error, hint: f.hint, required: f.required });
            return (
              <Field
                key={f.name}
                label={f.label}
                htmlFor={id}
                error={error}
                hint={f.hint}
                required={f.required}
              >
                {f.kind === "select" ? (
                  <select
                    id={id}
                    {...form.register(name)}
                    className={inputClass(Boolean(error))}
                    {...control}
                  >
                    <option value="">— Chọn —</option>
                    {(f.options ?? [])
                      .filter(
                        (o) => !f.filterBy || o.group === (values as Record<string, unknown>)[f.filterBy],
                      )
                      .map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                  </select>
                ) : f.kind === "money" ? (
                  <Controller
                    control={form.control}
                    name={name}
                    render={({ field }) => (
                      <MoneyInput
                        id={id}
                        {...control}
                        value={field.value as string}
                        onChange={field.onChange}
                        onBlur={field.onBlur}
                        invalid={Boolean(error)}
                      />
                    )}
                  />
                ) : f.kind === "date" ? (
                  <DateInput id={id} {...form.register(name)} {...control} invalid={Boolean(error)} />
                ) : f.kind === "textarea" ? (
                  <textarea
                    id={id}
                    rows={4}
                    {...form.register(name)}
                    {...control}
                    className={inputClass(Boolean(error))}
                  />
                ) : (
                  <input
                    id={id}
                    type="text"
                    {...form.register(name)}
                    {...control}
                    className={inputClass(Boolean(error))}
                  />
                )}
              </Field>
            );
          })}
          <DialogActions onCancel={() => setOpen(false)} submitting={isSubmitting} label={submitLabel} />
        </form>
      </Dialog>
    </>
  );
}

const directionOptions = DIRECTIONS.map((d) => ({ value: d, label: DIRECTION_LABELS[d] }));
const accountOptions = ACCOUNTS.map((a) => ({ value: a, label: ACCOUNT_LABELS[a] }));

export type CategoryOption = { id: string; name: string; direction: "IN" | "OUT"; automatic: boolean };

export function EntryDialog({ categories, today }: { categories: CategoryOption[]; today: string }) {
  return (
    <FormDialog
      button="Ghi phiếu thu / chi"
      variant="primary"
      title="Phiếu thu / phiếu chi"
      schema={entrySchema}
      defaults={{
        date: today,
        direction: "OUT",
        account: "CASH",
        categoryId: "",
        amount: "",
        voucherNo: "",
        description: "",
      }}
      fields={[
        {
          name: "direction",
          label: "Thu hay chi",
          kind: "select",
          options: directionOptions,
          required: true,
        },
        {
          name: "categoryId",
          label: "Nội dung",
          kind: "select",
          filterBy: "direction",
          options: categories
            .filter((c) => !c.automatic)
            .map((c) => ({ value: c.id, label: c.name, group: c.direction })),
          hint: "Đoàn phí và chi thăm hỏi được ghi tự động, không nhập ở đây.",
          required: true,
        },
        { name: "date", label: "Ngày chứng từ", kind: "date", required: true },
        {
          name: "account",
          label: "Tiền mặt hay tiền gửi",
          kind: "select",
          options: accountOptions,
          required: true,
        },
        { name: "amount", label: "Số tiền (đồng)", kind: "money", required: true },
        {
          name: "voucherNo",
          label: "Số phiếu",
          kind: "text",
          hint: "Để trống: số tiếp theo của năm (PT… / PC…).",
        },
        { name: "description", label: "Diễn giải", kind: "textarea", required: true },
      ]}
      action={createFundEntryAction}
      done="Đã ghi phiếu."
      submitLabel="Ghi phiếu"
    />
  );
}

export function CorrectDialog({ id, voucher, today }: { id: string; voucher: string; today: string }) {
  return (
    <FormDialog
      button="Điều chỉnh"
      title={`Điều chỉnh phiếu ${voucher}`}
      schema={correctEntrySchema}
      defaults={{ id, date: today, reason: "" }}
      fields={[
        { name: "date", label: "Ngày điều chỉnh", kind: "date", required: true },
        {
          name: "reason",
          label: "Lý do",
          kind: "textarea",
          required: true,
          hint: "Phiếu gốc được giữ; một phiếu ghi âm cùng số tiền được thêm vào sổ.",
        },
      ]}
      action={correctFundEntryAction}
      done="Đã ghi phiếu điều chỉnh."
      submitLabel="Ghi điều chỉnh"
    />
  );
}

export function BudgetDialog({ year, categories }: { year: number; categories: CategoryOption[] }) {
  return (
    <FormDialog
      button="Đặt dự toán"
      title={`Dự toán năm ${year}`}
      schema={budgetSchema}
      defaults={{ year, categoryId: "", amount: "" }}
      fields={[
        {
          name: "categoryId",
          label: "Nội dung",
          kind: "select",
          options: categories
            .filter((c) => c.name && !c.automatic)
            .map((c) => ({ value: c.id, label: `${DIRECTION_LABELS[c.direction]}: ${c.name}` })),
          hint: "Dự toán thăm hỏi đặt theo từng loại ở trang Thăm hỏi › Quy chế.",
          required: true,
        },
        { name: "amount", label: "Dự toán (đồng)", kind: "money", required: true },
      ]}
      action={setFundBudgetAction}
      done="Đã đặt dự toán."
      submitLabel="Lưu dự toán"
    />
  );
}

export function CategoryDialog() {
  return (
    <FormDialog
      button="Thêm nội dung"
      title="Nội dung thu chi của quy chế"
      schema={categorySchema}
      defaults={{ name: "", direction: "OUT" }}
      fields={[
        {
          name: "direction",
          label: "Thu hay chi",
          kind: "select",
          options: directionOptions,
          required: true,
        },
        { name: "name", label: "Tên nội dung", kind: "text", required: true },
      ]}
      action={createFundCategoryAction}
      done="Đã thêm nội dung."
      submitLabel="Thêm"
    />
  );
}

export function ReconcileDialog({ account, today }: { account: "CASH" | "BANK"; today: string }) {
  return (
    <FormDialog
      button={account === "CASH" ? "Kiểm kê quỹ" : "Đối chiếu ngân hàng"}
      title={account === "CASH" ? "Kiểm kê quỹ tiền mặt" : "Đối chiếu số dư tiền gửi"}
      schema={reconciliationSchema}
      defaults={{ account, date: today, actualBalance: "", note: "" }}
      fields={[
        { name: "date", label: "Cuối ngày", kind: "date", required: true },
        {
          name: "actualBalance",
          label: account === "CASH" ? "Tiền mặt đếm được (đồng)" : "Số dư theo sổ phụ ngân hàng (đồng)",
          kind: "money",
          required: true,
        },
        { name: "note", label: "Ghi chú (lý do chênh lệch, người kiểm kê)", kind: "textarea" },
      ]}
      action={recordFundReconciliationAction}
      done="Đã ghi biên bản đối chiếu."
      submitLabel="Ghi đối chiếu"
    />
  );
}

export function InspectionNoteDialog({ from, to }: { from: string; to: string }) {
  return (
    <FormDialog
      button="Ghi chú kiểm tra"
      title="Ghi chú kiểm tra tài chính của UBKT"
      schema={inspectionNoteSchema}
      defaults={{ periodFrom: from, periodTo: to, note: "" }}
      fields={[
        { name: "periodFrom", label: "Từ ngày", kind: "date", required: true },
        { name: "periodTo", label: "Đến ngày", kind: "date", required: true },
        { name: "note", label: "Nội dung", kind: "textarea", required: true },
      ]}
      action={addFundInspectionNoteAction}
      done="Đã ghi chú kiểm tra."
      submitLabel="Lưu ghi chú"
    />
  );
}
