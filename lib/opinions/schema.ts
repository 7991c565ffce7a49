// Opinion (tâm tư, nguyện vọng) forms and actions share these schemas. Client-safe.
import { z } from "@/lib/validation";

const topic = z
  .string()
  .trim()
  .min(3, "Vui lòng nhập chủ đề (ít nhất 3 ký tự).")
  .max(200, "Chủ đề dài quá 200 ký tự.");
const body = z
  .string()
  .trim()
  .min(5, "Vui lòng nhập nội dung (ít nhất 5 ký tự).")
  .max(5000, "Nội dung dài quá 5000 ký tự.");

export const sendOpinionSchema = z.object({ topic, body, isAnonymous: z.boolean() });
export type SendOpinionValues = z.input<typeof sendOpinionSchema>;

/** Recorded by the BCH from what a member said in a meeting. */
export const recordOpinionSchema = z.object({
  meetingId: z.string().min(1),
  topic,
  body,
  authorMemberId: z.string().max(40),
});
export type RecordOpinionValues = z.input<typeof recordOpinionSchema>;

export const opinionIdSchema = z.object({ opinionId: z.string().min(1) });
export const answerOpinionSchema = z.object({
  opinionId: z.string().min(1),
  answer: z
    .string()
    .trim()
    .min(5, "Vui lòng nhập câu trả lời (ít nhất 5 ký tự).")
    .max(5000, "Câu trả lời dài quá 5000 ký tự."),
});
export type AnswerOpinionValues = z.input<typeof answerOpinionSchema>;

export const OPINION_STATUS_LABELS = {
  NEW: "Mới",
  IN_PROGRESS: "Đang xử lý",
  ANSWERED: "Đã trả lời",
} as const;
export const OPINION_STATUS_TONES = { NEW: "blue", IN_PROGRESS: "amber", ANSWERED: "green" } as const;
export type OpinionStatusCode = keyof typeof OPINION_STATUS_LABELS;

export const opinionListParamsSchema = z.object({
  status: z.enum(["NEW", "IN_PROGRESS", "ANSWERED", ""]).catch(""),
  page: z.coerce.number().int().min(1).max(100000).catch(1),
});
