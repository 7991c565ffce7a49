// Welfare forms and actions share these schemas. Client-safe. Money is typed as text
// ("1.000.000") and converted to integer đồng by parseDong on the server.
import { pageYear } from "@/lib/http/params";
import {
  dateField,
  optionalDateField,
  optionalNameField,
  optionalText,
  parseDong,
  z,
} from "@/lib/validation";
import { CATEGORY_KINDS, FUNDS, NOMINATION_STATES, VISIT_STATES } from "./labels";

// "1.000.000" → 1000000, at most what an integer column holds (lib/validation.ts).
export { parseDong };

// 1000000 → "1.000.000", for a money input (lib/money-text.ts).
export { dongText } from "@/lib/money-text";

const money = (label: string) =>
  z
    .string({ error: `Vui lòng nhập ${label}.` })
    .trim()
    .min(1, `Vui lòng nhập ${label}.`)
    .refine(
      (v) => parseDong(v) !== null,
      `${label[0].toUpperCase()}${label.slice(1)} là số đồng nguyên, ví dụ 1.000.000.`,
    );
const optionalMoney = (label: string) =>
  z
    .string()
    .trim()
    .refine(
      (v) => v === "" || parseDong(v) !== null,
      `${label[0].toUpperCase()}${label.slice(1)} là số đồng nguyên, ví dụ 1.000.000.`,
    );
const id = z.string().min(1, "Thiếu mã bản ghi.").max(64);
/** A visit's amount: a whole number of đồng above 0 (a gift with no money still has its value). */
const visitAmount = money("số tiền").refine((v) => (parseDong(v) ?? 1) > 0, "Số tiền phải lớn hơn 0 đồng.");
const budgetOverrideReason = optionalText(500, "lý do chi vượt dự toán").optional();

export const visitFormSchema = z.object({
  memberId: z.string().min(1, "Vui lòng chọn đoàn viên.").max(64),
  categoryId: z.string().min(1, "Vui lòng chọn loại thăm hỏi.").max(64),
  relativeName: optionalNameField("tên thân nhân", 100),
  relationship: optionalText(50, "quan hệ"),
  eventOn: dateField("ngày sự việc"),
  visitedOn: optionalDateField("ngày thăm / chi"),
  amount: visitAmount,
  giftInKind: optionalText(200, "quà hiện vật"),
  fund: z.enum(FUNDS, { error: "Vui lòng chọn nguồn chi." }),
  receiptNumber: optionalText(50, "số phiếu chi"),
  note: optionalText(500, "ghi chú"),
  visitorIds: z.array(z.string().max(64)).max(20, "Tối đa 20 người đi thăm."),
  overrideReason: optionalText(500, "lý do vượt mức"),
  overrideDecisionRef: optionalText(100, "số quyết định"),
  budgetOverrideReason,
});
export type VisitFormValues = z.input<typeof visitFormSchema>;

export const updateVisitSchema = z.object({ id, values: visitFormSchema });
export const visitIdSchema = z.object({ id });
/** Duyệt: the reason is needed only when the approval takes the category's budget below zero. */
export const approveVisitSchema = z.object({ id, budgetOverrideReason });
export type ApproveVisitValues = z.input<typeof approveVisitSchema>;
export const recordVisitSchema = z.object({
  id,
  visitedOn: dateField("ngày thăm / chi"),
  receiptNumber: optionalText(50, "số phiếu chi"),
});
export const cancelVisitSchema = z.object({
  id,
  reason: z
    .string()
    .trim()
    .min(5, "Vui lòng ghi lý do hủy (ít nhất 5 ký tự).")
    .max(500, "Lý do dài quá 500 ký tự."),
});
export type RecordVisitValues = z.input<typeof recordVisitSchema>;
export type CancelVisitValues = z.input<typeof cancelVisitSchema>;

/** The limit preview in the form: the fields that decide the rate and the count. */
export const limitPreviewSchema = z.object({
  memberId: z.string().max(64),
  categoryId: z.string().max(64),
  // A date typed halfway is refused (the form then shows no warning); an empty one is fine.
  eventOn: optionalDateField("ngày sự việc"),
  amount: z.string().max(30),
  fund: z.enum(FUNDS).optional(),
  visitId: z.string().max(64).optional(),
});

export const categorySchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, "Vui lòng nhập tên loại (ít nhất 2 ký tự).")
    .max(100, "Tên loại dài quá 100 ký tự."),
  kind: z.enum(CATEGORY_KINDS, { error: "Vui lòng chọn nhóm." }),
  relativeApplies: z.boolean(),
  archived: z.boolean(),
});
export type CategoryValues = z.input<typeof categorySchema>;
export const updateCategorySchema = z.object({ id, values: categorySchema });

const count = z
  .string()
  .trim()
  .refine((v) => v === "" || /^\d{1,3}$/.test(v), "Số lần là số nguyên.");
export const rateVersionSchema = z.object({
  effectiveFrom: dateField("ngày áp dụng"),
  adoptedOn: dateField("ngày ban hành"),
  reference: z
    .string()
    .trim()
    .min(3, "Vui lòng ghi số, tên văn bản (ví dụ Quy chế chi tiêu nội bộ số 02/QC-CĐCS).")
    .max(200, "Văn bản dài quá 200 ký tự."),
  lines: z
    .array(
      z.object({
        categoryId: id,
        defaultAmount: money("mức chi"),
        maxPerTime: optionalMoney("mức tối đa/lần"),
        maxTimesPerYear: count,
        maxAmountPerYear: optionalMoney("mức tối đa/năm"),
      }),
    )
    .min(1, "Cần ít nhất một dòng mức chi."),
});
export type RateVersionValues = z.input<typeof rateVersionSchema>;

export const budgetSchema = z.object({
  year: z.coerce
    .number<string | number>()
    .int()
    .min(2000, "Năm không hợp lệ.")
    .max(2100, "Năm không hợp lệ."),
  categoryId: z.string().min(1, "Vui lòng chọn loại thăm hỏi.").max(64),
  fund: z.enum(FUNDS, { error: "Vui lòng chọn nguồn chi." }),
  amount: money("dự toán"),
});
export type BudgetValues = z.input<typeof budgetSchema>;

export const nominationSchema = z.object({
  memberId: z.string().min(1, "Vui lòng chọn đoàn viên.").max(64),
  proposedOn: dateField("ngày đề xuất"),
  situation: z
    .string()
    .trim()
    .min(5, "Vui lòng mô tả hoàn cảnh (ít nhất 5 ký tự).")
    .max(1000, "Mô tả dài quá 1000 ký tự."),
});
export type NominationValues = z.input<typeof nominationSchema>;
export const advanceNominationSchema = z.object({
  id,
  to: z.enum(NOMINATION_STATES),
  decisionRef: optionalText(100, "số văn bản"),
  note: optionalText(500, "ghi chú"),
});

export const visitListParamsSchema = z.object({
  // The year picker's reading of ?year=: this year when absent or unreadable (lib/http/params.ts).
  year: z
    .string()
    .optional()
    .catch(undefined)
    .transform((v) => pageYear(v)),
  category: z.string().max(64).catch(""),
  group: z.string().max(64).catch(""),
  state: z.enum(["", ...VISIT_STATES]).catch(""),
  q: z.string().trim().max(100).catch(""),
  page: z.coerce.number().int().min(1).max(100000).catch(1),
});
export type VisitListParams = z.output<typeof visitListParamsSchema>;
