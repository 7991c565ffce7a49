// The tổng kết's forms and actions share these schemas. Client-safe.
import { z } from "@/lib/validation";
import { SECTION_KEYS } from "./sections";

const year = z.coerce
  .number({ error: "Năm không hợp lệ." })
  .int("Năm không hợp lệ.")
  .min(2000, "Năm không hợp lệ.")
  .max(2100, "Năm không hợp lệ.");
const version = z.coerce.number({ error: "Phiên bản không hợp lệ." }).int().min(0).max(1_000_000);

export const saveSectionSchema = z.object({
  year,
  key: z.enum(SECTION_KEYS, { error: "Phần báo cáo không hợp lệ." }),
  body: z
    .string()
    .trim()
    .min(1, "Vui lòng nhập nội dung phần này.")
    .max(20_000, "Nội dung dài quá 20.000 ký tự."),
  /** The section's version the form was opened on (0 before it exists): a stale one is refused. */
  version,
});
export type SaveSectionValues = z.input<typeof saveSectionSchema>;

export const finaliseSchema = z.object({ year, version });

export const reopenSchema = z.object({
  year,
  version,
  reason: z
    .string()
    .trim()
    .min(5, "Vui lòng nhập lý do mở lại (ít nhất 5 ký tự).")
    .max(500, "Lý do dài quá 500 ký tự."),
});
export type ReopenValues = z.input<typeof reopenSchema>;
