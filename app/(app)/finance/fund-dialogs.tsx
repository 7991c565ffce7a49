"use client";
import type { ComponentProps } from "react";
// The fund's forms, each a dialog around one action: phiếu thu / chi, điều chỉnh, dự toán, nội dung
// thu chi, đối chiếu quỹ, and the UBKT's inspection note. Field errors show next to the field.
import { ActionDialog } from "@/components/forms/action-dialog";
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

const directionOptions = DIRECTIONS.map((d) => ({ value: d, label: DIRECTION_LABELS[d] }));
const accountOptions = ACCOUNTS.map((a) => ({ value: a, label: ACCOUNT_LABELS[a] }));

const CHOOSE = "— Chọn —";

/** The fund's dialogs: ids "fund-…" (with the record's id when there is one), four-line text areas. */
function FundDialog(props: Omit<ComponentProps<typeof ActionDialog>, "idPrefix">) {
  return <ActionDialog idPrefix="fund" textareaRows={4} variant="secondary" {...props} />;
}

export type CategoryOption = { id: string; name: string; direction: "IN" | "OUT"; automatic: boolean };

export function EntryDialog({ categories, today }: { categories: CategoryOption[]; today: string }) {
  return (
    <FundDialog
      openLabel="Ghi phiếu thu / chi"
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
          type: "select",
          placeholder: CHOOSE,
          options: directionOptions,
          required: true,
        },
        {
          name: "categoryId",
          label: "Nội dung",
          type: "select",
          placeholder: CHOOSE,
          filterBy: "direction",
          options: categories
            .filter((c) => !c.automatic)
            .map((c) => ({ value: c.id, label: c.name, group: c.direction })),
          hint: "Đoàn phí và chi thăm hỏi được ghi tự động, không nhập ở đây.",
          required: true,
        },
        { name: "date", label: "Ngày chứng từ", type: "date", required: true },
        {
          name: "account",
          label: "Tiền mặt hay tiền gửi",
          type: "select",
          placeholder: CHOOSE,
          options: accountOptions,
          required: true,
        },
        { name: "amount", label: "Số tiền (đồng)", type: "money", required: true },
        {
          name: "voucherNo",
          label: "Số phiếu",
          type: "text",
          hint: "Để trống: số tiếp theo của năm (PT… / PC…).",
        },
        { name: "description", label: "Diễn giải", type: "textarea", required: true },
      ]}
      action={createFundEntryAction}
      success="Đã ghi phiếu."
      submitLabel="Ghi phiếu"
    />
  );
}

export function CorrectDialog({ id, voucher, today }: { id: string; voucher: string; today: string }) {
  return (
    <FundDialog
      openLabel="Điều chỉnh"
      title={`Điều chỉnh phiếu ${voucher}`}
      schema={correctEntrySchema}
      defaults={{ date: today, reason: "" }}
      fixed={{ id }}
      fields={[
        { name: "date", label: "Ngày điều chỉnh", type: "date", required: true },
        {
          name: "reason",
          label: "Lý do",
          type: "textarea",
          required: true,
          hint: "Phiếu gốc được giữ; một phiếu ghi âm cùng số tiền được thêm vào sổ.",
        },
      ]}
      action={correctFundEntryAction}
      success="Đã ghi phiếu điều chỉnh."
      submitLabel="Ghi điều chỉnh"
    />
  );
}

export function BudgetDialog({ year, categories }: { year: number; categories: CategoryOption[] }) {
  return (
    <FundDialog
      openLabel="Đặt dự toán"
      title={`Dự toán năm ${year}`}
      schema={budgetSchema}
      defaults={{ year, categoryId: "", amount: "" }}
      fields={[
        {
          name: "categoryId",
          label: "Nội dung",
          type: "select",
          placeholder: CHOOSE,
          options: categories
            .filter((c) => c.name && !c.automatic)
            .map((c) => ({ value: c.id, label: `${DIRECTION_LABELS[c.direction]}: ${c.name}` })),
          hint: "Dự toán thăm hỏi đặt theo từng loại ở trang Thăm hỏi › Quy chế.",
          required: true,
        },
        { name: "amount", label: "Dự toán (đồng)", type: "money", required: true },
      ]}
      action={setFundBudgetAction}
      success="Đã đặt dự toán."
      submitLabel="Lưu dự toán"
    />
  );
}

export function CategoryDialog() {
  return (
    <FundDialog
      openLabel="Thêm nội dung"
      title="Nội dung thu chi của quy chế"
      schema={categorySchema}
      defaults={{ name: "", direction: "OUT" }}
      fields={[
        {
          name: "direction",
          label: "Thu hay chi",
          type: "select",
          placeholder: CHOOSE,
          options: directionOptions,
          required: true,
        },
        { name: "name", label: "Tên nội dung", type: "text", required: true },
      ]}
      action={createFundCategoryAction}
      success="Đã thêm nội dung."
      submitLabel="Thêm"
    />
  );
}

export function ReconcileDialog({ account, today }: { account: "CASH" | "BANK"; today: string }) {
  return (
    <FundDialog
      openLabel={account === "CASH" ? "Kiểm kê quỹ" : "Đối chiếu ngân hàng"}
      title={account === "CASH" ? "Kiểm kê quỹ tiền mặt" : "Đối chiếu số dư tiền gửi"}
      schema={reconciliationSchema}
      defaults={{ account, date: today, actualBalance: "", note: "" }}
      fields={[
        { name: "date", label: "Cuối ngày", type: "date", required: true },
        {
          name: "actualBalance",
          label: account === "CASH" ? "Tiền mặt đếm được (đồng)" : "Số dư theo sổ phụ ngân hàng (đồng)",
          type: "money",
          required: true,
        },
        { name: "note", label: "Ghi chú (lý do chênh lệch, người kiểm kê)", type: "textarea" },
      ]}
      action={recordFundReconciliationAction}
      success="Đã ghi biên bản đối chiếu."
      submitLabel="Ghi đối chiếu"
    />
  );
}

export function InspectionNoteDialog({ from, to }: { from: string; to: string }) {
  return (
    <FundDialog
      openLabel="Ghi chú kiểm tra"
      title="Ghi chú kiểm tra tài chính của UBKT"
      schema={inspectionNoteSchema}
      defaults={{ periodFrom: from, periodTo: to, note: "" }}
      fields={[
        { name: "periodFrom", label: "Từ ngày", type: "date", required: true },
        { name: "periodTo", label: "Đến ngày", type: "date", required: true },
        { name: "note", label: "Nội dung", type: "textarea", required: true },
      ]}
      action={addFundInspectionNoteAction}
      success="Đã ghi chú kiểm tra."
      submitLabel="Lưu ghi chú"
    />
  );
}
