// zod schemas of the BCH decision screen, the settings and the year's lifecycle. Client-safe:
// the forms and the server actions parse the same schemas.
import { dateField, z } from "@/lib/validation";

const id = z.string().trim().min(1, "Thiếu mã bản ghi.").max(64);

export const openRatingYearSchema = z.object({
  year: z.coerce
    .number({ error: "Nhập năm." })
    .int("Năm không hợp lệ.")
    .min(2000, "Năm không hợp lệ.")
    .max(2100, "Năm không hợp lệ."),
});
export type OpenRatingYearValues = z.input<typeof openRatingYearSchema>;

/** Written justification of a decision that goes over the quota (WARN mode). */
export const EXCEPTION_MIN = 10;
const exceptionReason = z.string().trim().max(1000, "Giải trình dài quá 1000 ký tự.");

export const decideLevelSchema = z.object({
  memberRatingId: id,
  version: z.coerce.number().int().min(0),
  /** A level name of the year's scheme; "" takes the decision back (chưa quyết định). */
  level: z.string().trim().max(200),
  exceptionReason: exceptionReason.optional().default(""),
});
export type DecideLevelValues = z.input<typeof decideLevelSchema>;

export const acceptProposalsSchema = z.object({
  ratingYearId: id,
  /** One tổ, or "" for every tổ. */
  groupId: z.string().trim().max(64).optional().default(""),
});
export type AcceptProposalsValues = z.input<typeof acceptProposalsSchema>;

export const decisionRefSchema = z.object({
  ratingYearId: id,
  meetingId: z.string().trim().min(1, "Chọn cuộc họp Ban Chấp hành đã quyết định.").max(64),
  decisionRef: z
    .string()
    .trim()
    .min(2, "Nhập số nghị quyết / quyết định.")
    .max(100, "Số nghị quyết / quyết định dài quá 100 ký tự."),
  decidedOn: dateField("ngày ban hành"),
});
export type DecisionRefValues = z.input<typeof decisionRefSchema>;

export const yearIdSchema = z.object({ ratingYearId: id });
export type YearIdValues = z.input<typeof yearIdSchema>;

const months = z.coerce
  .number({ error: "Nhập số tháng." })
  .int("Số tháng là số nguyên.")
  .min(0, "Số tháng không âm.")
  .max(24, "Tối đa 24 tháng.");

export const ratingSettingsSchema = z.object({
  ratingYearId: id,
  quotaMode: z.enum(["OFF", "WARN", "BLOCK"], { error: "Chọn cách áp dụng tỉ lệ." }),
  quotaPercent: z.coerce
    .number({ error: "Nhập tỉ lệ." })
    .int("Tỉ lệ là số nguyên.")
    .min(1, "Tỉ lệ từ 1 đến 100 %.")
    .max(100, "Tỉ lệ từ 1 đến 100 %."),
  quotaBasisPosition: z.coerce.number().int().min(0, "Chọn mức làm cơ sở.").max(20, "Chọn mức làm cơ sở."),
  minMonthsInUnit: months,
  excludeLongLeave: z.boolean(),
  excludeDisciplined: z.boolean(),
  requireRegistration: z.boolean(),
  excludeSanctioned: z.boolean(),
  /** The highest level a disciplined member may get (rank in the scheme, 0 = top); "" or null = no cap. */
  disciplineCapPosition: z.preprocess(
    (v) => (v === "" || v === undefined ? null : v),
    z.coerce
      .number({ error: "Chọn mức tối đa." })
      .int("Chọn mức tối đa.")
      .min(0, "Chọn mức tối đa.")
      .max(20, "Chọn mức tối đa.")
      .nullable(),
  ),
  cdcsMayCommend: z.boolean(),
  publishList: z.boolean(),
});
export type RatingSettingsValues = z.input<typeof ratingSettingsSchema>;
