// zod schemas of the cấp trên's awards (decision 0090). Client-safe: the forms and the server
// actions parse the same schemas.
import { dateField, z } from "@/lib/validation";

const id = z.string().trim().min(1, "Thiếu mã bản ghi.").max(64);
const year = z.coerce.number().int().min(2000).max(2100);

export const AWARD_VERDICTS = ["AWARD", "NO_AWARD"] as const;
export const VERDICT_LABELS: Record<(typeof AWARD_VERDICTS)[number], string> = {
  AWARD: "Khen",
  NO_AWARD: "Không khen",
};

export const decideProposalSchema = z
  .object({
    submissionId: id,
    proposalRef: id,
    verdict: z.enum(AWARD_VERDICTS, { error: "Chọn Khen hoặc Không khen." }),
    reason: z.string().trim().max(1000, "Lý do dài quá 1000 ký tự.").default(""),
    /** The line's version as read; 0 before the first verdict. */
    version: z.coerce.number().int().min(0),
  })
  .superRefine((v, ctx) => {
    if (v.verdict === "NO_AWARD" && v.reason.length < 3)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Nhập lý do không khen." });
  });
export type DecideProposalValues = z.input<typeof decideProposalSchema>;

const paper = {
  year,
  number: z
    .string()
    .trim()
    .min(3, "Nhập số quyết định (ví dụ 25/QĐ-CĐGD).")
    .max(60, "Số quyết định dài quá 60 ký tự."),
  signedOn: dateField("ngày ký quyết định"),
  signerName: z.string().trim().min(3, "Nhập họ tên người ký.").max(120, "Họ tên dài quá 120 ký tự."),
  signerTitle: z.enum(["CHU_TICH", "PHO_CHU_TICH"], { error: "Chọn chức vụ người ký." }),
};

/** "Ban hành quyết định": every decided line of the year not yet in a quyết định goes into this one. */
export const issueDecisionSchema = z.object(paper);
export type IssueDecisionValues = z.input<typeof issueDecisionSchema>;

/** A correction: a new quyết định that revokes lines of earlier ones (never a deletion). */
export const revokeLinesSchema = z.object({
  ...paper,
  lineIds: z.array(id).min(1, "Chọn ít nhất một dòng cần thu hồi.").max(500),
  reason: z
    .string()
    .trim()
    .min(5, "Nhập lý do thu hồi (ít nhất 5 ký tự).")
    .max(1000, "Lý do dài quá 1000 ký tự."),
});
export type RevokeLinesValues = z.input<typeof revokeLinesSchema>;

export const SIGNER_TITLES = {
  CHU_TICH: { lead: "TM. BAN THƯỜNG VỤ", title: "CHỦ TỊCH" },
  PHO_CHU_TICH: { lead: "KT. CHỦ TỊCH", title: "PHÓ CHỦ TỊCH" },
} as const;
