// The UBKT's forms and actions share these schemas (decision 0077). Client-safe.
import { dateField, optionalText, z } from "@/lib/validation";

const text = (label: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, `Vui lòng nhập ${label} (ít nhất ${min} ký tự).`)
    .max(max, `${label.charAt(0).toUpperCase()}${label.slice(1)} dài quá ${max} ký tự.`);
const id = z.string().min(1).max(40);
const subject = z.enum(["FINANCE", "WELFARE", "CHARTER", "OTHER"], {
  error: "Vui lòng chọn nội dung kiểm tra.",
});
const year = z.coerce
  .number({ error: "Năm không hợp lệ." })
  .int("Năm không hợp lệ.")
  .min(2000, "Năm không hợp lệ.")
  .max(2100, "Năm không hợp lệ.");

export const planItemSchema = z.object({
  year,
  subject,
  content: text("nội dung, đối tượng kiểm tra", 5, 500),
  periodLabel: text("thời kỳ được kiểm tra", 2, 100),
  plannedMonth: z.coerce
    .number({ error: "Vui lòng chọn tháng dự kiến." })
    .int()
    .min(1, "Vui lòng chọn tháng dự kiến.")
    .max(12, "Tháng dự kiến không hợp lệ."),
  team: text("người phụ trách / đoàn kiểm tra", 2, 200),
});
export type PlanItemValues = z.input<typeof planItemSchema>;

export const idSchema = z.object({ id });

export const createInspectionSchema = z
  .object({
    planItemId: z.string().max(40),
    year,
    subject,
    title: text("tên cuộc kiểm tra", 5, 300),
    inspectedParty: text("đối tượng được kiểm tra", 3, 200),
    periodFrom: dateField("ngày bắt đầu thời kỳ kiểm tra"),
    periodTo: dateField("ngày kết thúc thời kỳ kiểm tra"),
    leaderMemberId: z.string().min(1, "Vui lòng chọn trưởng đoàn kiểm tra.").max(40),
    memberIds: z.array(id).max(10, "Đoàn kiểm tra có nhiều nhất 11 người."),
  })
  .refine((v) => v.periodTo >= v.periodFrom, {
    path: ["periodTo"],
    message: "Ngày kết thúc không được trước ngày bắt đầu.",
  });
export type CreateInspectionValues = z.input<typeof createInspectionSchema>;

export const withdrawInspectionSchema = z.object({ id, reason: text("lý do", 5, 500) });

export const findingSchema = z.object({
  inspectionId: id,
  text: text("nội dung phát hiện", 5, 3000),
  severity: z.enum(["OBSERVATION", "SHORTCOMING", "VIOLATION"], { error: "Vui lòng chọn mức độ." }),
  evidence: z
    .array(z.object({ kind: z.string().min(1).max(40), refId: id }))
    .max(10, "Mỗi phát hiện dẫn nhiều nhất 10 hồ sơ."),
});
export type FindingValues = z.input<typeof findingSchema>;

export const recommendationSchema = z.object({
  inspectionId: id,
  findingId: z.string().max(40),
  text: text("nội dung kiến nghị", 5, 2000),
  responsible: text("người / bộ phận chịu trách nhiệm", 2, 200),
  dueOn: dateField("thời hạn thực hiện"),
});
export type RecommendationValues = z.input<typeof recommendationSchema>;

export const concludeSchema = z.object({
  id,
  concludedOn: dateField("ngày kết luận"),
  conclusion: text("kết luận", 10, 5000),
  inspectedRepName: text("họ tên người đại diện bên được kiểm tra", 3, 100),
  inspectedRepTitle: text("chức vụ người đại diện", 2, 100),
});
export type ConcludeValues = z.input<typeof concludeSchema>;

export const respondSchema = z.object({
  recommendationId: id,
  text: text("nội dung đã thực hiện", 5, 3000),
  doneOn: dateField("ngày thực hiện"),
});
export type RespondValues = z.input<typeof respondSchema>;

export const reviewSchema = z
  .object({ recommendationId: id, accepted: z.boolean(), note: optionalText(1000, "ý kiến của UBKT") })
  .refine((v) => v.accepted || v.note.length >= 5, {
    path: ["note"],
    message: "Khi yêu cầu làm lại, vui lòng ghi rõ điều còn thiếu (ít nhất 5 ký tự).",
  });
export type ReviewValues = z.input<typeof reviewSchema>;
