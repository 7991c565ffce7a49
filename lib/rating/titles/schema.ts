// zod schemas of bình xét thi đua (titles awarded). Client-safe: the forms and the server actions
// parse the same schemas.
import { z } from "@/lib/validation";

const id = z.string().trim().min(1, "Thiếu mã bản ghi.").max(64);

export const TITLE_RESULTS = ["ACHIEVED", "NOT_ACHIEVED", "PROPOSED_HIGHER"] as const;
export type TitleResult = (typeof TITLE_RESULTS)[number];

export const decideTitleSchema = z
  .object({
    ratingYearId: id,
    registrationId: id,
    titleId: id,
    result: z.enum(TITLE_RESULTS, { error: "Chọn kết quả bình xét." }),
    reason: z.string().trim().max(1000, "Lý do dài quá 1000 ký tự.").default(""),
    /** Only with "Đề nghị cấp trên khen": the form of commendation proposed, or "". */
    commendationId: z.string().trim().max(64).default(""),
    /** Thành tích tóm tắt, printed in the DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG. */
    achievement: z.string().trim().max(1000, "Thành tích tóm tắt dài quá 1000 ký tự.").default(""),
    /** The vote of the bình xét meeting: for, of those voting ("" = not recorded). */
    votesFor: z
      .union([z.literal(""), z.coerce.number().int().min(0, "Số phiếu không âm.").max(100_000)])
      .default(""),
    votesCast: z
      .union([z.literal(""), z.coerce.number().int().min(0, "Số phiếu không âm.").max(100_000)])
      .default(""),
    /** The award's version as read; null when the title had no result yet. */
    version: z.coerce.number().int().min(0).nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (v.result !== "ACHIEVED" && v.reason.length < 3)
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message: "Nhập lý do (bắt buộc khi Không đạt hoặc Đề nghị cấp trên khen).",
      });
    if (v.votesFor !== "" && v.votesCast !== "" && v.votesFor > v.votesCast)
      ctx.addIssue({
        code: "custom",
        path: ["votesFor"],
        message: "Số phiếu đồng ý không vượt số người biểu quyết.",
      });
    if ((v.votesFor === "") !== (v.votesCast === ""))
      ctx.addIssue({
        code: "custom",
        path: [v.votesFor === "" ? "votesFor" : "votesCast"],
        message: "Ghi cả số phiếu đồng ý và số người biểu quyết.",
      });
    if (v.result !== "PROPOSED_HIGHER" && v.commendationId)
      ctx.addIssue({
        code: "custom",
        path: ["commendationId"],
        message: "Chỉ chọn hình thức khen khi đề nghị cấp trên khen.",
      });
  });
export type DecideTitleValues = z.input<typeof decideTitleSchema>;

/** "Đạt" for every row of the current filter that has no result yet. */
export const achieveFilteredSchema = z.object({
  ratingYearId: id,
  titleId: z.string().trim().max(64).default(""),
  groupId: z.string().trim().max(64).default(""),
  q: z.string().trim().max(100).default(""),
});
export type AchieveFilteredValues = z.input<typeof achieveFilteredSchema>;

/** The list's filters, from the URL. result: "" (all), "none" (no result yet) or a result. */
export type TitleListParams = { titleId: string; groupId: string; result: string; q: string; page: number };

export function parseTitleListParams(sp: Record<string, string | string[] | undefined>): TitleListParams {
  const one = (k: string) => String((Array.isArray(sp[k]) ? sp[k]![0] : sp[k]) ?? "").slice(0, 100);
  const result = one("result");
  return {
    titleId: one("title"),
    groupId: one("group"),
    result: result === "none" || (TITLE_RESULTS as readonly string[]).includes(result) ? result : "",
    q: one("q"),
    page: Math.max(1, Math.min(100_000, Number(one("page")) || 1)),
  };
}
