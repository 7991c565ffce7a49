// zod schemas of the cấp trên's thẩm định (decision 0090). Client-safe: the form and the server
// action parse the same schemas; each score's maximum is the submitted template's, checked on the server.
import { BLANK_POINTS } from "@/lib/rating/collectives/schema";
import { optionalText, z } from "@/lib/validation";

const id = z.string().trim().min(1, "Thiếu mã bản ghi.").max(64);

const points = z.preprocess(
  (v) => (v === null || (typeof v === "string" && !v.trim()) ? undefined : v),
  z.coerce
    .number({ error: BLANK_POINTS })
    .int("Điểm phải là số nguyên.")
    .min(0, "Điểm không được âm.")
    .max(1000, "Điểm quá lớn."),
);

export const appraisalSchema = z.object({
  unitId: id,
  year: z.coerce.number().int().min(2000).max(2100),
  /** The appraisal's version as read; 0 before the first save. */
  version: z.coerce.number().int().min(0),
  scores: z
    .array(z.object({ criterionId: id, points }))
    .min(1, "Chưa có tiêu chí để chấm.")
    .max(60),
  note: optionalText(2000, "nhận xét").default(""),
  /** "save" keeps a draft; "conclude" decides the level and writes it into the CĐCS's rating. */
  intent: z.enum(["save", "conclude"]),
});
export type AppraisalValues = z.input<typeof appraisalSchema>;

export const reopenAppraisalSchema = z.object({
  unitId: id,
  year: z.coerce.number().int().min(2000).max(2100),
  version: z.coerce.number().int().min(1),
  reason: z
    .string()
    .trim()
    .min(5, "Nhập lý do mở lại (ít nhất 5 ký tự).")
    .max(1000, "Lý do dài quá 1000 ký tự."),
});
export type ReopenAppraisalValues = z.input<typeof reopenAppraisalSchema>;
