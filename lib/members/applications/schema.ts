// Forms and actions of the đơn gia nhập and the quyết định kết nạp. Client-safe.
import * as clock from "@/lib/clock";
import { toDateInput } from "@/lib/format";
import { dateField, optionalText, z } from "@/lib/validation";
import { memberFieldsSchema } from "../schema";

const today = () => toDateInput(clock.today());
const notFuture = (label: string) =>
  dateField(label).refine(
    (v) => v <= today(),
    `${label[0].toUpperCase()}${label.slice(1)} không thể ở tương lai.`,
  );
const id = z.string().trim().min(1, "Thiếu mã hồ sơ.").max(40, "Mã hồ sơ không hợp lệ.");

/** The applicant's details follow the member form's own rules (they become the member's record). */
export const submitApplicationSchema = memberFieldsSchema
  .pick({
    fullName: true,
    gender: true,
    dateOfBirth: true,
    phone: true,
    email: true,
    jobTitle: true,
    department: true,
    groupId: true,
  })
  .extend({
    appliedOn: notFuture("ngày làm đơn"),
    introducedBy: optionalText(200, "người giới thiệu"),
  });
export type SubmitApplicationValues = z.input<typeof submitApplicationSchema>;
export type SubmitApplicationData = z.output<typeof submitApplicationSchema>;

export const decideApplicationSchema = z
  .object({
    id,
    outcome: z.enum(["approve", "refuse"], { error: "Vui lòng chọn đồng ý hoặc không kết nạp." }),
    decidedOn: notFuture("ngày BCH quyết định"),
    decisionRef: optionalText(200, "cuộc họp / văn bản"),
    reason: optionalText(500, "lý do"),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === "approve" && !v.decisionRef)
      ctx.addIssue({
        code: "custom",
        path: ["decisionRef"],
        message: "Vui lòng ghi cuộc họp BCH hoặc nghị quyết đã đồng ý kết nạp.",
      });
    if (v.outcome === "refuse" && !v.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Vui lòng ghi lý do không kết nạp." });
  });
export type DecideApplicationValues = z.input<typeof decideApplicationSchema>;

export const withdrawApplicationSchema = z.object({
  id,
  withdrawnOn: notFuture("ngày rút đơn"),
  reason: optionalText(500, "lý do"),
});
export type WithdrawApplicationValues = z.input<typeof withdrawApplicationSchema>;

export const issueAdmissionSchema = z.object({
  number: z.string().trim().min(1, "Vui lòng nhập số quyết định.").max(30, "Số quyết định dài quá 30 ký tự."),
  decidedOn: notFuture("ngày quyết định"),
  applicationIds: z
    .array(id)
    .min(1, "Chọn ít nhất một đơn đã được BCH đồng ý.")
    .max(200, "Tối đa 200 người một quyết định."),
});
export type IssueAdmissionValues = z.input<typeof issueAdmissionSchema>;

export const recordCeremonySchema = z.object({
  admissionId: id,
  ceremonyOn: notFuture("ngày lễ kết nạp"),
});
export type RecordCeremonyValues = z.input<typeof recordCeremonySchema>;
