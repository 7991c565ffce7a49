// The fund's forms and actions share these schemas. Client-safe. Money is typed as text ("1.000.000")
// and read by parseDong on the server.
import { choiceField, dateField, nameProblem, optionalText, parseDong, z } from "@/lib/validation";
import { ACCOUNTS, DIRECTIONS } from "../labels";

const id = z.string().min(1, "Thiếu mã bản ghi.").max(64);
const money = (label: string, positive = true) =>
  z
    .string({ error: `Vui lòng nhập ${label}.` })
    .trim()
    .min(1, `Vui lòng nhập ${label}.`)
    .refine(
      (v) => parseDong(v) !== null,
      `${label[0].toUpperCase()}${label.slice(1)} là số đồng nguyên, ví dụ 1.000.000.`,
    )
    .refine(
      (v) => !positive || (parseDong(v) ?? 1) > 0,
      `${label[0].toUpperCase()}${label.slice(1)} phải lớn hơn 0 đồng.`,
    );
const text = (min: number, max: number, label: string) =>
  z
    .string({ error: `Vui lòng nhập ${label}.` })
    .trim()
    .min(min, `Vui lòng nhập ${label}.`)
    .max(max, `${label[0].toUpperCase()}${label.slice(1)} dài quá ${max} ký tự.`)
    .refine(
      (v) => !nameProblem(v, label)?.includes("ký tự"),
      `${label[0].toUpperCase()}${label.slice(1)} có ký tự không hợp lệ.`,
    );
const year = z.coerce
  .number<string | number>()
  .int("Năm không hợp lệ.")
  .min(2000, "Năm không hợp lệ.")
  .max(2100, "Năm không hợp lệ.");

export const entrySchema = z.object({
  date: dateField("ngày chứng từ"),
  direction: z.enum(DIRECTIONS, { error: "Vui lòng chọn thu hay chi." }),
  account: z.enum(ACCOUNTS, { error: "Vui lòng chọn tiền mặt hay tiền gửi." }),
  categoryId: choiceField("nội dung thu chi"),
  amount: money("số tiền"),
  voucherNo: optionalText(30, "số phiếu").regex(/^[\p{L}\p{N}/.-]*$/u, "Số phiếu chỉ gồm chữ, số và / . -"),
  description: text(3, 300, "diễn giải"),
});
export type EntryValues = z.input<typeof entrySchema>;

export const correctEntrySchema = z.object({
  id,
  date: dateField("ngày điều chỉnh"),
  reason: text(5, 300, "lý do điều chỉnh"),
});
export type CorrectEntryValues = z.input<typeof correctEntrySchema>;

export const budgetSchema = z.object({
  year,
  categoryId: choiceField("nội dung thu chi"),
  amount: money("dự toán", false),
});
export type BudgetValues = z.input<typeof budgetSchema>;

export const categorySchema = z.object({
  name: text(2, 120, "tên nội dung"),
  direction: z.enum(DIRECTIONS, { error: "Vui lòng chọn thu hay chi." }),
});
export type CategoryValues = z.input<typeof categorySchema>;

export const reconciliationSchema = z.object({
  account: z.enum(ACCOUNTS, { error: "Vui lòng chọn tiền mặt hay tiền gửi." }),
  date: dateField("ngày đối chiếu"),
  actualBalance: money("số dư thực tế", false),
  note: optionalText(500, "ghi chú"),
});
export type ReconciliationValues = z.input<typeof reconciliationSchema>;

export const inspectionNoteSchema = z
  .object({
    periodFrom: dateField("từ ngày"),
    periodTo: dateField("đến ngày"),
    note: text(5, 2000, "nội dung ghi chú"),
  })
  .refine((v) => v.periodTo >= v.periodFrom, { path: ["periodTo"], message: "Đến ngày phải sau từ ngày." });
export type InspectionNoteValues = z.input<typeof inspectionNoteSchema>;

/** ?year=&quarter= of the report and the books: quarter 1–4, or none for the year. */
export function quarterParam(raw: string | null | undefined): number | null {
  const q = Number(raw);
  return Number.isInteger(q) && q >= 1 && q <= 4 ? q : null;
}
