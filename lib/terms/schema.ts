// Term and position forms and actions share these schemas. Client-safe.
import { dateField, optionalText, z } from "@/lib/validation";
import { ALL_ROLES, isGroupRole } from "./service";

export const termSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(2, "Vui lòng nhập tên nhiệm kỳ (ví dụ: Nhiệm kỳ 2028–2033).")
      .max(100, "Tên nhiệm kỳ dài quá 100 ký tự."),
    startOn: dateField("ngày bắt đầu"),
    endOn: dateField("ngày kết thúc"),
  })
  .superRefine((v, ctx) => {
    if (/^\d{4}-\d{2}-\d{2}$/.test(v.startOn) && /^\d{4}-\d{2}-\d{2}$/.test(v.endOn) && v.endOn <= v.startOn)
      ctx.addIssue({ code: "custom", path: ["endOn"], message: "Ngày kết thúc phải sau ngày bắt đầu." });
  });
export type TermValues = z.input<typeof termSchema>;
export type TermData = z.output<typeof termSchema>;

export const assignPositionSchema = z
  .object({
    termId: z.string().min(1, "Vui lòng chọn nhiệm kỳ."),
    memberId: z.string().min(1, "Vui lòng chọn đoàn viên."),
    office: z.enum(ALL_ROLES, { error: "Vui lòng chọn chức vụ." }),
    groupId: z.string(),
    startOn: dateField("ngày bắt đầu"),
    decisionRef: optionalText(100, "số quyết định"),
  })
  .superRefine((v, ctx) => {
    if (isGroupRole(v.office) && !v.groupId)
      ctx.addIssue({ code: "custom", path: ["groupId"], message: "Vui lòng chọn tổ." });
  });
export type AssignPositionValues = z.input<typeof assignPositionSchema>;
export type AssignPositionData = z.output<typeof assignPositionSchema>;

export const endPositionSchema = z.object({
  positionId: z.string().min(1),
  endOn: dateField("ngày kết thúc"),
});
export type EndPositionValues = z.input<typeof endPositionSchema>;
export type EndPositionData = z.output<typeof endPositionSchema>;

export const termParamsSchema = z.object({ term: z.string().max(40).catch("") });
