// Meeting forms and actions share these schemas. Client-safe.
import { dateField, optionalDateField, optionalText, z } from "@/lib/validation";
import { MEETING_STATUSES, MEETING_TYPES } from "./labels";

const TIME_RE = /^([01]?\d|2[0-3])[:hg.]([0-5]\d)$/;
/** "8:05", "08.05", "8g05" → "08:05"; null when not a time of day. */
export function normalizeTime(v: string): string | null {
  const m = TIME_RE.exec(v.trim());
  return m ? `${m[1].padStart(2, "0")}:${m[2]}` : null;
}
const timeField = (label: string) =>
  z
    .string()
    .trim()
    .refine((v) => normalizeTime(v) !== null, `${label} không hợp lệ (giờ:phút, ví dụ 14:00).`)
    .transform((v) => normalizeTime(v)!);
const optionalTimeField = (label: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === "" || normalizeTime(v) !== null, `${label} không hợp lệ (giờ:phút, ví dụ 16:30).`)
    .transform((v) => (v === "" ? "" : normalizeTime(v)!));

export const agendaPlanItemSchema = z.object({
  id: z.string().optional(),
  title: z.string().trim().min(2, "Vui lòng nhập nội dung.").max(300, "Nội dung dài quá 300 ký tự."),
  isMain: z.boolean(),
});

export const meetingFormSchema = z.object({
  type: z.enum(MEETING_TYPES, { error: "Vui lòng chọn loại cuộc họp." }),
  title: z.string().trim().min(3, "Vui lòng nhập tên cuộc họp.").max(200, "Tên cuộc họp dài quá 200 ký tự."),
  date: dateField("ngày họp"),
  startTime: timeField("Giờ bắt đầu"),
  place: z.string().trim().min(2, "Vui lòng nhập địa điểm.").max(200, "Địa điểm dài quá 200 ký tự."),
  groupId: z.string().max(40),
  chairMemberId: z.string().max(40),
  secretaryMemberId: z.string().max(40),
  preparatoryMeetingId: z.string().max(40),
  agenda: z.array(agendaPlanItemSchema).max(30, "Tối đa 30 nội dung."),
});
export type MeetingFormValues = z.input<typeof meetingFormSchema>;
export type MeetingFormData = z.output<typeof meetingFormSchema>;

export const INVITE_SOURCES = ["none", "group", "unit", "bch"] as const;
export const createMeetingSchema = meetingFormSchema.extend({ invite: z.enum(INVITE_SOURCES) });
export type CreateMeetingValues = z.input<typeof createMeetingSchema>;
export const updateMeetingSchema = z.object({
  id: z.string().min(1),
  version: z.number().int(),
  values: meetingFormSchema,
});

export const inviteSchema = z.object({
  meetingId: z.string().min(1),
  source: z.enum(["group", "unit", "bch", "members"]),
  groupId: z.string().max(40).optional(),
  memberIds: z.array(z.string().max(40)).max(5000).optional(),
});
export const removeInviteeSchema = z.object({ meetingId: z.string().min(1), memberId: z.string().min(1) });

export const attendanceMarkSchema = z.object({
  memberId: z.string().min(1).max(40),
  attendance: z.enum(["", "PRESENT", "EXCUSED", "ABSENT"]),
  reason: optionalText(300, "lý do vắng"),
});
export const attendanceSchema = z.object({
  meetingId: z.string().min(1),
  marks: z.array(attendanceMarkSchema).max(20000),
});
export type AttendanceMark = z.input<typeof attendanceMarkSchema>;

const voteField = z
  .string()
  .trim()
  .refine((v) => v === "" || /^\d{1,5}$/.test(v), "Số phiếu là số nguyên không âm.")
  .transform((v) => (v === "" ? null : Number(v)));

export const minutesItemSchema = agendaPlanItemSchema.extend({
  discussion: optionalText(10000, "ý kiến thảo luận"),
  votesFor: voteField,
  votesAgainst: voteField,
  votesOther: voteField,
  conclusion: optionalText(5000, "kết luận"),
});
export const minutesSchema = z.object({
  meetingId: z.string().min(1),
  version: z.number().int(),
  endTime: optionalTimeField("Giờ kết thúc"),
  items: z
    .array(minutesItemSchema)
    .min(1, "Biên bản cần ít nhất một nội dung.")
    .max(30, "Tối đa 30 nội dung."),
});
export type MinutesValues = z.input<typeof minutesSchema>;

export const meetingIdSchema = z.object({ meetingId: z.string().min(1) });
export const reopenSchema = z.object({
  meetingId: z.string().min(1),
  reason: z
    .string()
    .trim()
    .min(5, "Vui lòng ghi rõ lý do mở lại (ít nhất 5 ký tự).")
    .max(500, "Lý do dài quá 500 ký tự."),
});
export type ReopenValues = z.input<typeof reopenSchema>;

export const decisionSchema = z.object({
  meetingId: z.string().min(1),
  content: z
    .string()
    .trim()
    .min(3, "Vui lòng nhập nội dung quyết định.")
    .max(1000, "Nội dung dài quá 1000 ký tự."),
  assigneeMemberId: z.string().min(1, "Vui lòng chọn người thực hiện.").max(40),
  dueOn: optionalDateField("hạn hoàn thành"),
});
export type DecisionValues = z.input<typeof decisionSchema>;
export const decisionDoneSchema = z.object({ decisionId: z.string().min(1), isDone: z.boolean() });

export const meetingListParamsSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).catch(0),
  type: z.enum([...MEETING_TYPES, ""]).catch(""),
  group: z.string().max(40).catch(""),
  status: z.enum([...MEETING_STATUSES, ""]).catch(""),
  q: z.string().trim().max(100).catch(""),
  page: z.coerce.number().int().min(1).max(100000).catch(1),
});
export type MeetingListParams = z.infer<typeof meetingListParamsSchema>;
