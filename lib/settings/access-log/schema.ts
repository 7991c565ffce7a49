// The access log's URL filters. Client-safe.
import { z } from "@/lib/validation";

export const ACCESS_LOG_ACTIONS = {
  "member.read": "Xem hồ sơ",
  "member.export": "Xuất / in danh sách",
} as const;
export type AccessAction = keyof typeof ACCESS_LOG_ACTIONS;

export const accessLogParamsSchema = z.object({
  /** Name of the member whose record was read (with or without diacritics). */
  member: z.string().trim().max(100).catch(""),
  /** Name or email of the reader. */
  reader: z.string().trim().max(100).catch(""),
  kind: z.enum(["member.read", "member.export", ""]).catch(""),
  page: z.coerce.number().int().min(1).max(100000).catch(1),
});
export type AccessLogParams = z.infer<typeof accessLogParamsSchema>;
