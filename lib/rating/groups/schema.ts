// The tổ bình xét forms and the rules they share with the server. Client-safe: the forms build
// their resolver from these, and the operations check the same rules (reviewProblems) against the
// stored self-assessment and review, so an error shows next to the same field either way.
import { type ExclusionSettings, levelCapProblem } from "@/lib/rating/exclusions";
import { optionalText, z } from "@/lib/validation";

const id = z.string().trim().min(1, "Thiếu mã bản ghi.").max(64, "Mã bản ghi không hợp lệ.");
const version = z.number().int().min(0).max(2_147_483_647);

/** A whole number typed in a text box; "" is none. */
const count = (label: string, max = 100_000) =>
  z
    .string()
    .trim()
    .max(7, `${label} không hợp lệ.`)
    .refine((v) => v === "" || /^\d+$/.test(v), `${label} phải là số nguyên không âm.`)
    .refine((v) => v === "" || Number(v) <= max, `${label} quá lớn.`);

export const toCount = (v: string) => (v.trim() === "" ? null : Number(v));

export const openGroupReviewSchema = z.object({
  ratingYearId: id,
  groupId: id,
  meetingId: z
    .string()
    .trim()
    .min(1, "Vui lòng chọn cuộc họp tổ bình xét.")
    .max(64, "Cuộc họp không hợp lệ."),
  /** Ignored when the meeting's attendance has been taken: the present count comes from it. */
  presentCount: count("Số người dự họp"),
});
export type OpenGroupReviewValues = z.input<typeof openGroupReviewSchema>;

export const updateGroupReviewSchema = z.object({
  reviewId: id,
  version,
  meetingId: z
    .string()
    .trim()
    .min(1, "Vui lòng chọn cuộc họp tổ bình xét.")
    .max(64, "Cuộc họp không hợp lệ."),
  presentCount: count("Số người dự họp"),
  remarks: optionalText(4000, "nhận xét chung"),
});
export type UpdateGroupReviewValues = z.input<typeof updateGroupReviewSchema>;

export const submitGroupReviewSchema = z.object({ reviewId: id, version });

const scoreSchema = z.object({
  groupPoints: count("Điểm tổ chấm", 1000),
  explanation: optionalText(1000, "giải trình"),
});

export const memberReviewSchema = z.object({
  ratingId: id,
  version,
  proposedLevel: z.string().trim().max(200, "Mức xếp loại không hợp lệ."),
  votesFor: count("Số phiếu đồng ý"),
  votesAgainst: count("Số phiếu không đồng ý"),
  groupOpinion: optionalText(2000, "ý kiến của tổ"),
  longLeaveNote: optionalText(500, "ghi chú nghỉ dài ngày"),
  disciplineNote: optionalText(500, "ghi chú kỷ luật"),
  sanctionNote: optionalText(500, "ghi chú xử phạt hành chính").default(""),
  /** Keyed by criterion id; only the criteria of the member's self-assessment. */
  scores: z.record(id, scoreSchema).refine((r) => Object.keys(r).length <= 100, "Quá nhiều tiêu chí."),
});
export type MemberReviewValues = z.input<typeof memberReviewSchema>;

export type ReviewContext = {
  presentCount: number | null;
  levels: readonly string[];
  /** The member's self-assessed criteria: maximum and self points. */
  criteria: readonly { id: string; maxPoints: number; selfPoints: number }[];
  /** The year's exclusion settings: discipline caps the level (exclusions.ts, levelCapProblem). */
  exclusion: ExclusionSettings;
};

/** The rules beyond the shape, as field errors: one function for the form and the server. */
export function reviewProblems(v: MemberReviewValues, ctx: ReviewContext): Record<string, string> {
  const out: Record<string, string> = {};
  const level = v.proposedLevel.trim();
  if (level && !ctx.levels.includes(level)) out.proposedLevel = "Mức xếp loại không có trong thang của năm.";
  const capped = levelCapProblem(level || null, v, ctx.exclusion, ctx.levels);
  if (capped && !out.proposedLevel) out.proposedLevel = capped;
  const yes = toCount(v.votesFor);
  const no = toCount(v.votesAgainst);
  if (ctx.presentCount !== null && (yes ?? 0) + (no ?? 0) > ctx.presentCount) {
    out.votesFor = `Tổng số phiếu (${(yes ?? 0) + (no ?? 0)}) vượt số người dự họp (${ctx.presentCount}).`;
  }
  const known = new Map(ctx.criteria.map((c) => [c.id, c]));
  for (const [criterionId, s] of Object.entries(v.scores)) {
    const c = known.get(criterionId);
    if (!c) {
      out[`scores.${criterionId}.groupPoints`] = "Tiêu chí không có trong phiếu tự đánh giá.";
      continue;
    }
    const points = toCount(s.groupPoints);
    if (points === null) continue;
    if (points > c.maxPoints) out[`scores.${criterionId}.groupPoints`] = `Tối đa ${c.maxPoints} điểm.`;
    else if (points !== c.selfPoints && !s.explanation?.trim()) {
      out[`scores.${criterionId}.explanation`] = "Tổ chấm khác điểm tự chấm: cần ghi giải trình.";
    }
  }
  return out;
}

/** The form's schema: the shape, then the rules for this member. */
export const buildMemberReviewSchema = (ctx: ReviewContext) =>
  memberReviewSchema.superRefine((v, c) => {
    for (const [path, message] of Object.entries(reviewProblems(v, ctx)))
      c.addIssue({ code: "custom", path: path.split("."), message });
  });

export const reviewListParams = z.object({
  /** Absent or unreadable: undefined, read as the unit's current cycle year (withCycleYear, lib/rating/page-year.ts). */
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  q: z.string().trim().max(100).catch(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  /** "1": only the tổ that have not sent their review (the dashboard's tile). */
  pending: z.enum(["1"]).optional().catch(undefined),
});
