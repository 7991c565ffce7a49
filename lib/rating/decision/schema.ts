// zod schemas of finalising and reopening the rating year. Client-safe: the dialogs and the server
// actions parse the same schemas.
import { z } from "@/lib/validation";

const id = z.string().trim().min(1, "Thiếu mã bản ghi.").max(64);

/** The reason is needed only when the checklist still lists missing items (the server decides). */
export const finaliseSchema = z.object({
  ratingYearId: id,
  overrideReason: z
    .string()
    .trim()
    .max(1000, "Lý do dài quá 1000 ký tự.")
    .refine((v) => v === "" || v.length >= 10, "Nhập lý do chốt khi còn thiếu (ít nhất 10 ký tự).")
    .default(""),
});
export type FinaliseValues = z.input<typeof finaliseSchema>;

export const UNPUBLISH_REQUIRED =
  "Kết quả đã công bố: mở lại sẽ thu hồi công bố, đoàn viên không còn xem được kết quả. Hãy xác nhận.";

export const reopenSchema = z.object({
  ratingYearId: id,
  reason: z
    .string()
    .trim()
    .min(10, "Nhập lý do mở lại (ít nhất 10 ký tự).")
    .max(1000, "Lý do dài quá 1000 ký tự."),
  /** Needed when the year is published (the server checks): reopening un-publishes it. */
  confirmUnpublish: z.boolean().default(false),
});
export type ReopenValues = z.input<typeof reopenSchema>;
