// Tổ công đoàn forms and actions share these schemas. Client-safe.
import { dateField, optionalText, z } from "@/lib/validation";

const name = z
  .string()
  .trim()
  .min(2, "Vui lòng nhập tên tổ (ít nhất 2 ký tự).")
  .max(100, "Tên tổ dài quá 100 ký tự.");

/** One space between words, so "Tổ  Toán" and "Tổ Toán" are the same name. */
export const normalizeGroupName = (v: string) => v.trim().replace(/\s+/g, " ");

export const createGroupSchema = z.object({ name });
export type CreateGroupValues = z.input<typeof createGroupSchema>;

export const renameGroupSchema = z.object({ id: z.string().min(1), name });
export type RenameGroupValues = z.input<typeof renameGroupSchema>;

export const groupIdSchema = z.object({ id: z.string().min(1) });

export const moveMembersSchema = z.object({
  memberIds: z
    .array(z.string().min(1))
    .min(1, "Vui lòng chọn ít nhất một đoàn viên.")
    .max(500, "Mỗi lần chuyển tối đa 500 đoàn viên."),
  toGroupId: z.string().min(1, "Vui lòng chọn tổ chuyển đến."),
  effectiveOn: dateField("ngày chuyển"),
  reason: optionalText(500, "lý do"),
});
export type MoveMembersValues = z.input<typeof moveMembersSchema>;
