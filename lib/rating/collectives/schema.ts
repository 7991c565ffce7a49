// zod schemas of the tổ and CĐCS ratings and their templates. Client-safe: the forms and the
// server actions parse the same schemas. A criterion's own maximum is checked on the server
// (and in the form by withMaxPoints), with the message next to the field.
import { criteriaListSchema } from "@/lib/emulation/schema";
import { dateField, optionalText, z } from "@/lib/validation";

const id = z.string().trim().min(1, "Thiếu mã bản ghi.").max(64);
const version = z.coerce.number().int().min(0);

export const collectiveTemplateSchema = z.object({
  ratingYearId: id,
  scope: z.enum(["GROUP", "UNIT"]),
  criteria: criteriaListSchema,
});
export type CollectiveTemplateValues = z.input<typeof collectiveTemplateSchema>;

/** A blank field is not 0: it is refused with its own message (0 is typed when a criterion earns nothing). */
export const BLANK_POINTS = "Nhập điểm cho tiêu chí này (ghi 0 nếu không đạt).";
const scorePoints = z.preprocess(
  (v) => (v === null || (typeof v === "string" && !v.trim()) ? undefined : v),
  z.coerce
    .number({ error: BLANK_POINTS })
    .int("Điểm phải là số nguyên.")
    .min(0, "Điểm không được âm.")
    .max(1000, "Điểm quá lớn."),
);
const scoreRow = z.object({ criterionId: id, points: scorePoints });
const scores = z.array(scoreRow).min(1, "Chưa có tiêu chí để chấm.").max(60);

export const groupSelfScoreSchema = z.object({
  ratingYearId: id,
  groupId: id,
  version,
  scores,
  note: optionalText(1000, "ghi chú").default(""),
  intent: z.enum(["save", "submit"]),
});
export type GroupSelfScoreValues = z.input<typeof groupSelfScoreSchema>;

export const groupDecisionSchema = z.object({
  ratingYearId: id,
  groupId: id,
  version,
  finalLevel: z.string().trim().min(1, "Chọn mức xếp loại.").max(200),
  note: optionalText(1000, "ghi chú").default(""),
});
export type GroupDecisionValues = z.input<typeof groupDecisionSchema>;

export const unitSelfScoreSchema = z.object({
  ratingYearId: id,
  version,
  scores,
  note: optionalText(1000, "ghi chú").default(""),
});
export type UnitSelfScoreValues = z.input<typeof unitSelfScoreSchema>;

export const unitAppraisalSchema = z.object({
  ratingYearId: id,
  version,
  scores,
  finalLevel: z.string().trim().min(1, "Chọn mức thẩm định.").max(200),
  reviewRef: z.string().trim().min(2, "Nhập số, ký hiệu văn bản thẩm định.").max(200, "Dài quá 200 ký tự."),
  reviewedOn: dateField("ngày thẩm định"),
});
export type UnitAppraisalValues = z.input<typeof unitAppraisalSchema>;

/** For the forms: each score also within its criterion's maximum (the server checks the same). */
export function withMaxPoints<S extends z.ZodType<{ scores: { criterionId: string; points: number }[] }>>(
  schema: S,
  max: Record<string, number>,
) {
  return schema.superRefine((v, ctx) => {
    v.scores.forEach((s, i) => {
      const m = max[s.criterionId];
      if (m !== undefined && s.points > m)
        ctx.addIssue({ code: "custom", path: ["scores", i, "points"], message: overMax(m) });
    });
  });
}

export const overMax = (max: number) => `Điểm không được vượt điểm chuẩn (${max}).`;
