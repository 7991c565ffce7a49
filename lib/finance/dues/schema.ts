// The dues forms' schemas: client-safe, Vietnamese messages; the forms and the actions parse with the same one.
import { dateField, optionalText, parseDong, z } from "@/lib/validation";
import { PAYMENT_METHODS } from "./labels";

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A month, typed as "MM/yyyy" or given as "yyyy-MM" → "yyyy-MM". */
export function normalizeMonth(text: string): string | null {
  const s = text.trim();
  if (MONTH_RE.test(s)) return s;
  const m = /^(\d{1,2})[/.-](\d{4})$/.exec(s);
  if (!m) return null;
  const out = `${m[2]}-${m[1].padStart(2, "0")}`;
  return MONTH_RE.test(out) ? out : null;
}

export const monthField = (label = "tháng") =>
  z
    .string({ error: `Vui lòng nhập ${label}.` })
    .trim()
    .refine((v) => normalizeMonth(v) !== null, `Tháng không hợp lệ (mm/yyyy).`)
    .transform((v) => normalizeMonth(v)!);

export const moneyField = (label: string) =>
  z.union([z.number(), z.string()], { error: `Vui lòng nhập ${label}.` }).transform((v, ctx) => {
    const n = typeof v === "number" ? v : parseDong(v);
    if (n === null || !Number.isSafeInteger(n) || n <= 0 || n > 100_000_000) {
      ctx.addIssue({ code: "custom", message: `${label} là số đồng lớn hơn 0 (ví dụ 30.000).` });
      return 0;
    }
    return n;
  });

const id = z.string().trim().min(1).max(40);

export const recordPaymentSchema = z.object({
  memberId: id,
  month: monthField(),
  amount: moneyField("Số tiền"),
  method: z.enum(PAYMENT_METHODS, { error: "Vui lòng chọn hình thức nộp." }),
  paidOn: dateField("ngày nộp"),
  note: optionalText(300, "ghi chú").optional(),
});

export const reversePaymentSchema = z.object({
  paymentId: id,
  reason: z.string().trim().min(3, "Vui lòng ghi lý do điều chỉnh.").max(300, "Lý do dài quá 300 ký tự."),
});

export const receiveGroupDuesSchema = z.object({
  groupId: id,
  receivedOn: dateField("ngày nhận"),
});

export const remittanceSchema = z
  .object({
    fromMonth: monthField("từ tháng"),
    toMonth: monthField("đến tháng"),
    paidOn: dateField("ngày nộp"),
    account: z.enum(["CASH", "BANK"], { error: "Vui lòng chọn tiền mặt hoặc chuyển khoản." }),
    voucherNo: optionalText(40, "số chứng từ").optional(),
  })
  .refine((v) => v.fromMonth <= v.toMonth, { path: ["toMonth"], message: "Đến tháng phải sau từ tháng." });

export const exemptionSchema = z
  .object({
    memberId: id,
    fromMonth: monthField("từ tháng"),
    toMonth: monthField("đến tháng"),
    reason: z.enum(["BHXH_BENEFIT", "UNPAID_LEAVE"], { error: "Vui lòng chọn lý do miễn." }),
    note: optionalText(300, "ghi chú").optional(),
  })
  .refine((v) => v.fromMonth <= v.toMonth, { path: ["toMonth"], message: "Đến tháng phải sau từ tháng." });

// The form sends what this schema gave it (an empty field is null), and the server parses it again.
const optionalMoney = z
  .union([z.number(), z.string(), z.null()])
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v === null || v === "") return null;
    const n = typeof v === "number" ? v : parseDong(v);
    if (n === null || n <= 0) {
      ctx.addIssue({ code: "custom", message: "Tiền lương là số đồng lớn hơn 0." });
      return 0;
    }
    return n;
  });

export const memberSalarySchema = z
  .object({
    memberId: id,
    effectiveFrom: dateField("ngày áp dụng"),
    bhxhSalary: optionalMoney,
    netSalary: optionalMoney,
  })
  .refine((v) => v.bhxhSalary !== null || v.netSalary !== null, {
    path: ["bhxhSalary"],
    message: "Vui lòng nhập lương đóng BHXH hoặc tiền lương thực lĩnh.",
  });

export const commitImportSchema = z.object({ importId: id });

export const reverseExemptionSchema = z.object({
  exemptionId: id,
  reason: z.string().trim().min(3, "Vui lòng ghi lý do hủy miễn.").max(300, "Lý do dài quá 300 ký tự."),
});
