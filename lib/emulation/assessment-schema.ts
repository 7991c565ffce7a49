// The self-assessment schema is built from the year's template, so that the client form and the
// server refuse the same things (a score above a criterion's maximum) with the same message.
import { optionalText, z } from "@/lib/validation";

export type CriterionLimit = { id: string; maxPoints: number };

const outcome = z.object({
  commitmentId: z.string().min(1).max(64),
  result: z.enum(["MET", "PARTLY_MET", "NOT_MET", ""], { error: "Chọn mức thực hiện." }),
  evidence: optionalText(1000, "minh chứng"),
});

/** The envelope the action parses first; the scores are checked against the template after. */
export const assessmentEnvelope = z.object({
  yearId: z.string().min(1).max(64),
  scores: z.record(z.string(), z.unknown()),
  comment: optionalText(2000, "nhận xét"),
  outcomes: z.array(outcome).max(20),
  intent: z.enum(["draft", "submit"]),
});

function score(c: CriterionLimit) {
  return z
    .union([z.number(), z.string(), z.null(), z.undefined()])
    .transform((v) => (v === "" || v === null || v === undefined ? null : Number(v)))
    .pipe(
      z
        .number({ error: "Nhập điểm tự chấm." })
        .nullable()
        .refine((v) => v === null || Number.isInteger(v), "Điểm phải là số nguyên.")
        .refine((v) => v === null || v >= 0, "Điểm không được âm.")
        .refine((v) => v === null || v <= c.maxPoints, `Tối đa ${c.maxPoints} điểm.`),
    );
}

export function buildAssessmentSchema(criteria: readonly CriterionLimit[]) {
  const shape: Record<string, ReturnType<typeof score>> = {};
  for (const c of criteria) shape[c.id] = score(c);
  // A criterion left out of the payload counts as not scored yet.
  const scores = z.preprocess(
    (v) =>
      Object.fromEntries(criteria.map((c) => [c.id, (v as Record<string, unknown> | null)?.[c.id] ?? null])),
    z.object(shape),
  );
  return assessmentEnvelope.extend({ scores }).superRefine((v, ctx) => {
    if (v.intent !== "submit") return;
    for (const c of criteria) {
      if (v.scores[c.id] === null)
        ctx.addIssue({ code: "custom", path: ["scores", c.id], message: "Nhập điểm tự chấm trước khi nộp." });
    }
    v.outcomes.forEach((o, i) => {
      if (!o.result)
        ctx.addIssue({
          code: "custom",
          path: ["outcomes", i, "result"],
          message: "Chọn mức thực hiện trước khi nộp.",
        });
    });
  });
}

export type AssessmentValues = {
  yearId: string;
  scores: Record<string, number | string>;
  comment: string;
  outcomes: { commitmentId: string; result: "MET" | "PARTLY_MET" | "NOT_MET" | ""; evidence: string }[];
  intent: "draft" | "submit";
};
