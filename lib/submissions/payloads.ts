// What a submission carries besides its frozen paper: the structured data of each kind, typed and
// checked here (decision 0089). Client-safe. The cấp trên's thẩm định and awards (lib/org) read these
// shapes; the figures are what the paper itself shows, and names appear only where the paper prints
// them (the awards list does; nothing else carries a member row).
import { z } from "@/lib/validation";

export const SUBMISSION_KINDS = [
  "SELF_RATING",
  "AWARDS_FILE",
  "ANNUAL_REPORT",
  "STATISTICS",
  "DUES_SHARE",
] as const;
export type SubmissionKindCode = (typeof SUBMISSION_KINDS)[number];

export const SUBMISSION_STATES = ["SUBMITTED", "RETURNED", "ACCEPTED", "SUPERSEDED"] as const;
export type SubmissionStateCode = (typeof SUBMISSION_STATES)[number];

const count = z.number().int().min(0);
const money = z.number().int();

/** The CĐCS's self-rating against the year's UNIT criteria (RatingCriterion, scope UNIT). */
export const selfRatingPayloadSchema = z.object({
  /** The rating year whose UNIT criteria are the template (RatingYear.id). */
  templateId: z.string(),
  criteria: z.array(
    z.object({
      criterionId: z.string(),
      /** The criterion's number as printed ("1", "2", …: its position in the template). */
      code: z.string(),
      /** The section the criterion belongs to (RatingCriterion.groupName). */
      group: z.string().optional(),
      title: z.string(),
      maxScore: z.number().int(),
      selfScore: z.number().int(),
      note: z.string().optional(),
    }),
  ),
  selfTotal: z.number().int(),
  /** The level the CĐCS proposes for itself, as the scale names it. */
  selfLevel: z.string().nullable(),
});
export type SelfRatingPayload = z.infer<typeof selfRatingPayloadSchema>;

export const PROPOSAL_SUBJECTS = ["MEMBER", "GROUP", "UNIT"] as const;
export type ProposalSubject = (typeof PROPOSAL_SUBJECTS)[number];

/** The hồ sơ đề nghị khen thưởng: the proposals the TỜ TRÌNH and its DANH SÁCH send the cấp trên. */
export const awardsFilePayloadSchema = z.object({
  proposals: z.array(
    z.object({
      /** The CĐCS's own row the proposal comes from (TitleAward.id): the flow-back writes there. */
      proposalRef: z.string(),
      subject: z.enum(PROPOSAL_SUBJECTS),
      memberId: z.string().optional(),
      groupId: z.string().optional(),
      /** Họ và tên, or the tổ's or CĐCS's name, as the list prints it. */
      displayName: z.string(),
      /** Chức vụ, đơn vị công tác, as the list prints it. */
      position: z.string().optional(),
      /** The form of award proposed, as the CĐCS's title catalogue names it ("Giấy khen của …"). */
      form: z.string(),
      /** The catalogue row (EmulationTitle.id) and the hình thức khen thưởng (EmulationCommendation.id). */
      titleId: z.string().optional(),
      commendationId: z.string().optional(),
      /** Thành tích tóm tắt. */
      summary: z.string(),
      /** The BCH's bình xét vote. */
      votes: z.object({ for: count, cast: count }).optional(),
    }),
  ),
});
export type AwardsFilePayload = z.infer<typeof awardsFilePayloadSchema>;
export type AwardProposal = AwardsFilePayload["proposals"][number];

/** The báo cáo tổng kết: the counts its figures section prints. */
export const annualReportPayloadSchema = z.object({
  label: z.string(),
  members: z.object({ total: count, female: count, groups: count }),
  meetings: z.object({ held: count, planned: count }),
  welfare: z.object({ visits: count, amount: money }),
  /** Members by final rating level, in the scale's order; null when the year has no rating. */
  ratingLevels: z.array(z.object({ level: z.string(), count })).nullable(),
  /** The CĐCS's own level, self-proposed or as appraised. */
  unitLevel: z.string().nullable(),
  awards: z.object({ proposed: count, awarded: count }),
  dues: z.object({ collected: money, upperShare: money, remitted: money }),
  /** Whether the BCH had marked the narrative final when it was sent. */
  final: z.boolean(),
});
export type AnnualReportPayload = z.infer<typeof annualReportPayloadSchema>;

/** The báo cáo thống kê, biến động đoàn viên: the unit's totals for the period (lib/members/statistics). */
export const statisticsPayloadSchema = z.object({
  period: z.object({ from: z.string(), to: z.string(), label: z.string() }),
  /** The columns the unit's column set prints, in order. */
  columns: z.array(z.string()),
  /** The unit's total row: figure → count (FIGURES of lib/members/statistics/columns.ts). */
  total: z.record(z.string(), count),
  groups: count,
});
export type StatisticsPayload = z.infer<typeof statisticsPayloadSchema>;

/** The đoàn phí share due to the cấp trên and what was remitted in the year (lib/finance/dues). */
export const duesSharePayloadSchema = z.object({
  from: z.string(),
  to: z.string(),
  owed: money,
  collected: money,
  upperShare: money,
  kept: money,
  remitted: money,
  remittances: z.array(
    z.object({ fromMonth: z.string(), toMonth: z.string(), amount: money, paidOn: z.string() }),
  ),
});
export type DuesSharePayload = z.infer<typeof duesSharePayloadSchema>;

export const PAYLOAD_SCHEMAS = {
  SELF_RATING: selfRatingPayloadSchema,
  AWARDS_FILE: awardsFilePayloadSchema,
  ANNUAL_REPORT: annualReportPayloadSchema,
  STATISTICS: statisticsPayloadSchema,
  DUES_SHARE: duesSharePayloadSchema,
} as const satisfies Record<SubmissionKindCode, z.ZodType>;

export type SubmissionPayload = {
  SELF_RATING: SelfRatingPayload;
  AWARDS_FILE: AwardsFilePayload;
  ANNUAL_REPORT: AnnualReportPayload;
  STATISTICS: StatisticsPayload;
  DUES_SHARE: DuesSharePayload;
};

/** Reads a stored payload back with its kind's schema (a stored row is JSON: check it, do not cast). */
export function parsePayload<K extends SubmissionKindCode>(kind: K, value: unknown): SubmissionPayload[K] {
  return PAYLOAD_SCHEMAS[kind].parse(value) as SubmissionPayload[K];
}
