// The submissions' action inputs (decision 0089). Client-safe; Vietnamese messages.
import { z } from "@/lib/validation";
import { SUBMISSION_KINDS } from "./payloads";

const year = z
  .number({ error: "Năm không hợp lệ." })
  .int("Năm không hợp lệ.")
  .min(2000, "Năm không hợp lệ.")
  .max(2100, "Năm không hợp lệ.");

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Kỳ báo cáo không hợp lệ.");

/**
 * The CĐCS sends one paper of one year to its cấp trên. The statistics report goes up for the period
 * its screen shows (`period`, inside the year); without one it covers the whole cycle year.
 */
export const submitPaperSchema = z.object({
  kind: z.enum(SUBMISSION_KINDS, { error: "Loại hồ sơ không hợp lệ." }),
  year,
  period: z
    .object({ from: isoDay, to: isoDay })
    .refine((p) => p.from <= p.to, "Ngày đầu kỳ phải trước hoặc bằng ngày cuối kỳ.")
    .optional(),
});
export type SubmitPaperValues = z.input<typeof submitPaperSchema>;

const submissionId = z.string().trim().min(1, "Không tìm thấy hồ sơ.").max(64, "Không tìm thấy hồ sơ.");

/** The cấp trên returns the current version with a comment saying what to change. */
export const returnSubmissionSchema = z.object({
  submissionId,
  comment: z
    .string()
    .trim()
    .min(1, "Vui lòng ghi ý kiến trả lại: đơn vị cần sửa gì.")
    .max(2000, "Ý kiến dài quá 2000 ký tự."),
});
export type ReturnSubmissionValues = z.input<typeof returnSubmissionSchema>;

/** The cấp trên accepts the current version, with an optional note. */
export const acceptSubmissionSchema = z.object({
  submissionId,
  comment: z
    .string()
    .trim()
    .max(2000, "Ý kiến dài quá 2000 ký tự.")
    .optional()
    .transform((v) => (v ? v : undefined)),
});
export type AcceptSubmissionValues = z.input<typeof acceptSubmissionSchema>;
