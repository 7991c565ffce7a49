// zod schemas shared by the emulation forms and actions. Client-safe.
import { dateField, optionalDateField, optionalText, z } from "@/lib/validation";

const id = z.string().trim().min(1, "Thiếu mã bản ghi.").max(64);
const idList = z.array(id).max(50);

export const commitmentSchema = z.object({
  kind: z.enum(["STUDY", "TRAINING", "TASK"], { error: "Chọn loại cam kết." }),
  content: z
    .string()
    .trim()
    .min(3, "Nhập nội dung cam kết (ít nhất 3 ký tự).")
    .max(500, "Nội dung dài quá 500 ký tự."),
  target: optionalText(200, "chỉ tiêu"),
});
export type CommitmentValues = z.input<typeof commitmentSchema>;

export const registrationSchema = z.object({
  yearId: id,
  titleIds: idList,
  movementIds: idList,
  commitments: z.array(commitmentSchema).max(20, "Tối đa 20 cam kết."),
  intent: z.enum(["draft", "submit"]),
});
export type RegistrationValues = z.input<typeof registrationSchema>;

/** A member's registration: at least one title or movement, and a programme to be judged on. */
export const memberRegistrationSchema = registrationSchema.superRefine((v, ctx) => {
  if (v.intent !== "submit") return;
  if (!v.titleIds.length && !v.movementIds.length)
    ctx.addIssue({
      code: "custom",
      path: ["titleIds"],
      message: "Chọn ít nhất một danh hiệu hoặc phong trào.",
    });
  if (!v.commitments.length)
    ctx.addIssue({
      code: "custom",
      path: ["commitments"],
      message: "Thêm ít nhất một cam kết vào chương trình cá nhân.",
    });
});

export const groupRegistrationSchema = registrationSchema.extend({ groupId: id }).superRefine((v, ctx) => {
  if (v.intent === "submit" && !v.titleIds.length)
    ctx.addIssue({ code: "custom", path: ["titleIds"], message: "Chọn ít nhất một danh hiệu tập thể." });
});
export type GroupRegistrationValues = z.input<typeof groupRegistrationSchema>;

export const forwardSchema = z.object({ groupId: id, yearId: id, registrationIds: z.array(id).max(2000) });

const reason = z.string().trim().min(5, "Nhập lý do (ít nhất 5 ký tự).").max(500, "Lý do dài quá 500 ký tự.");

export const decideSchema = z
  .object({
    yearId: id,
    /** Every pending registration of this tổ when registrationIds is empty. */
    groupId: z.string().trim().max(64).default(""),
    registrationIds: z.array(id).max(5000),
    decision: z.enum(["APPROVE", "RETURN"]),
    reason: z.string().trim().max(500, "Lý do dài quá 500 ký tự.").default(""),
  })
  .superRefine((v, ctx) => {
    if (!v.groupId && !v.registrationIds.length)
      ctx.addIssue({ code: "custom", path: ["registrationIds"], message: "Chọn ít nhất một bản đăng ký." });
    if (v.decision === "RETURN" && v.reason.length < 5)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Nhập lý do từ chối (ít nhất 5 ký tự)." });
  });
export type DecideValues = z.input<typeof decideSchema>;

export const allowLateSchema = z
  .object({
    yearId: id,
    memberId: z.string().trim().max(64).default(""),
    groupId: z.string().trim().max(64).default(""),
  })
  .refine((v) => !!v.memberId !== !!v.groupId, {
    path: ["memberId"],
    message: "Chọn một đoàn viên hoặc một tổ.",
  });

export const returnAssessmentSchema = z.object({ assessmentId: id, reason });
export type ReturnAssessmentValues = z.input<typeof returnAssessmentSchema>;

export const yearDatesSchema = z.object({
  registrationDeadline: dateField("hạn đăng ký"),
  assessmentOpensOn: dateField("ngày mở tự đánh giá"),
  assessmentClosesOn: dateField("ngày đóng tự đánh giá"),
});
const datesInOrder = (v: { assessmentOpensOn: string; assessmentClosesOn: string }) =>
  v.assessmentOpensOn <= v.assessmentClosesOn;
const orderIssue = { path: ["assessmentClosesOn"], message: "Ngày đóng phải sau hoặc bằng ngày mở." };

export const openYearSchema = yearDatesSchema
  .extend({
    year: z.coerce
      .number({ error: "Nhập năm." })
      .int("Năm không hợp lệ.")
      .min(2000, "Năm không hợp lệ.")
      .max(2100, "Năm không hợp lệ."),
    template: z.enum(["last", "default"]),
  })
  .refine(datesInOrder, orderIssue);
export type OpenYearValues = z.input<typeof openYearSchema>;

export const updateYearSchema = yearDatesSchema
  .extend({ id, status: z.enum(["OPEN", "CLOSED"]) })
  .refine(datesInOrder, orderIssue);
export type UpdateYearValues = z.input<typeof updateYearSchema>;

export const yearMovementSchema = z.object({
  yearId: id,
  movementId: id,
  launchedOn: optionalDateField("ngày phát động"),
  goal: optionalText(500, "mục tiêu"),
});
export type YearMovementValues = z.input<typeof yearMovementSchema>;

/** A whole number of points, 0..1000 (criteria, levels, and the rating templates of lib/rating/collectives). */
export const points = (label: string) =>
  z.coerce
    .number({ error: `Nhập ${label}.` })
    .int(`${label} phải là số nguyên.`)
    .min(0, `${label} không được âm.`)
    .max(1000, `${label} quá lớn.`);

/** The criteria of a template (groups, content, maximum points): the emulation year's and the rating's. */
export const criteriaListSchema = z
  .array(
    z.object({
      id: z.string().max(64).default(""),
      groupName: z.string().trim().min(2, "Nhập tên nhóm tiêu chí.").max(200, "Tên nhóm dài quá 200 ký tự."),
      content: z.string().trim().min(3, "Nhập nội dung tiêu chí.").max(500, "Nội dung dài quá 500 ký tự."),
      maxPoints: points("Điểm chuẩn").refine((v) => v > 0, "Điểm chuẩn phải lớn hơn 0."),
    }),
  )
  .min(1, "Cần ít nhất một tiêu chí.")
  .max(60, "Tối đa 60 tiêu chí.");

export const templateSchema = z.object({
  yearId: id,
  criteria: criteriaListSchema,
  levels: z
    .array(
      z.object({
        name: z.string().trim().min(2, "Nhập tên mức.").max(100, "Tên mức dài quá 100 ký tự."),
        minPoints: points("Điểm tối thiểu"),
      }),
    )
    .min(2, "Cần ít nhất hai mức xếp loại.")
    .max(8, "Tối đa 8 mức."),
});
export type TemplateValues = z.input<typeof templateSchema>;

export const catalogueItemSchema = z.object({
  kind: z.enum(["movement", "title", "commendation"]),
  id: z.string().max(64).default(""),
  name: z.string().trim().min(3, "Nhập tên (ít nhất 3 ký tự).").max(200, "Tên dài quá 200 ký tự."),
  description: optionalText(500, "mô tả").default(""),
  scope: z.enum(["INDIVIDUAL", "COLLECTIVE"]).default("INDIVIDUAL"),
  level: optionalText(100, "cấp").default(""),
  eligibility: z.enum(["ANY", "FEMALE_ONLY"]).default("ANY"),
});
export type CatalogueItemValues = z.input<typeof catalogueItemSchema>;

export const archiveItemSchema = z.object({
  kind: z.enum(["movement", "title", "commendation"]),
  id,
  archived: z.boolean(),
});
