// Member forms and actions share these schemas. Client-safe.
import * as clock from "@/lib/clock";
import { toDateInput } from "@/lib/format";
import { dateField, nameField, optionalDateField, optionalText, parseDong, z } from "@/lib/validation";

const PHONE_RE = /^(\+84|0)\d{9,10}$/;
/** Today in Vietnam, "yyyy-MM-dd": evaluated at validation time, not at load. */
const today = () => toDateInput(clock.today());

/** The member's fields with their own rules; the form adds the rules across fields (memberFormSchema). */
export const memberFieldsSchema = z.object({
  fullName: nameField("họ và tên", 2, 100),
  gender: z.enum(["MALE", "FEMALE"], { error: "Vui lòng chọn giới tính." }),
  dateOfBirth: optionalDateField("ngày sinh")
    .refine((v) => v === "" || v <= today(), "Ngày sinh không thể ở tương lai.")
    .refine((v) => v === "" || v >= "1930-01-01", "Ngày sinh không hợp lệ."),
  idNumber: z
    .string()
    .trim()
    .refine((v) => v === "" || /^\d{12}$/.test(v), "Số CCCD gồm đúng 12 chữ số."),
  hometown: optionalText(200, "quê quán"),
  ethnicity: optionalText(50, "dân tộc"),
  phone: z
    .string()
    .trim()
    .refine(
      (v) => v === "" || PHONE_RE.test(v.replace(/[\s.]/g, "")),
      "Số điện thoại không hợp lệ (ví dụ 0912345678).",
    ),
  email: z
    .string()
    .trim()
    .refine((v) => v === "" || z.email().safeParse(v).success, "Email không hợp lệ."),
  jobTitle: optionalText(100, "chức vụ / nghề nghiệp"),
  department: optionalText(100, "đơn vị / phòng ban"),
  qualification: optionalText(100, "trình độ chuyên môn"),
  isPartyMember: z.boolean(),
  partyJoinedOn: optionalDateField("ngày vào Đảng"),
  contractType: optionalText(100, "loại hợp đồng"),
  cardNumber: z
    .string()
    .trim()
    .refine(
      (v) => v === "" || /^[A-Za-z0-9-]{4,20}$/.test(v),
      "Số thẻ gồm 4–20 chữ số hoặc chữ cái, không dấu cách.",
    ),
  joinedUnionOn: dateField("ngày vào công đoàn").refine(
    (v) => v <= today(),
    "Ngày vào công đoàn không thể ở tương lai.",
  ),
  insuranceSalary: z
    .string()
    .trim()
    .refine((v) => v === "" || parseDong(v) !== null, "Lương đóng BHXH là số đồng, không có phần lẻ."),
  groupId: z.string().min(1, "Vui lòng chọn tổ công đoàn."),
  note: optionalText(500, "ghi chú"),
});

export const memberFormSchema = memberFieldsSchema
  .extend({
    /** Edit form only: the day a changed BHXH salary applies from (empty: the first of next month). */
    salaryFrom: optionalDateField("ngày áp dụng lương mới").optional(),
  })
  .superRefine((v, ctx) => {
    // Compare only dates that parsed: a field that failed keeps the text as typed.
    const isIso = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d);
    if (isIso(v.dateOfBirth) && isIso(v.joinedUnionOn) && v.joinedUnionOn <= v.dateOfBirth)
      ctx.addIssue({
        code: "custom",
        path: ["joinedUnionOn"],
        message: "Ngày vào công đoàn phải sau ngày sinh.",
      });
    if (v.isPartyMember && !v.partyJoinedOn)
      ctx.addIssue({ code: "custom", path: ["partyJoinedOn"], message: "Vui lòng nhập ngày vào Đảng." });
  });

/**
 * The same field rules for one row of the Excel import (lib/members/import/validate-row.ts), where
 * every field is optional: an empty cell sets nothing, and an update keeps what is stored.
 */
export const memberImportSchema = memberFieldsSchema.partial();
export type MemberImportValues = z.input<typeof memberImportSchema>;

export type MemberFormValues = z.input<typeof memberFormSchema>;
export type MemberFormData = z.output<typeof memberFormSchema>;

export const createMemberSchema = memberFormSchema;
/** `version` is the one the edit form loaded: a save against a newer record is refused (optimistic locking). */
export const updateMemberSchema = z.object({
  id: z.string().min(1),
  version: z.number().int().min(0),
  values: memberFormSchema,
});
export type UpdateMemberInput = z.output<typeof updateMemberSchema>;

/** Shown next to the card number when another member of the unit already has it. */
export const CARD_NUMBER_TAKEN = "Số thẻ đoàn viên này đã được dùng cho một đoàn viên khác.";

/** Shown when someone else saved the record while this user was editing it. */
export const STALE_MEMBER_MESSAGE =
  "Đoàn viên này đã có người sửa trong lúc bạn đang sửa. Hãy tải lại trang để xem bản mới nhất.";

export const lifecycleSchema = z
  .object({
    memberId: z.string().min(1),
    event: z.enum([
      "GROUP_CHANGED",
      "TRANSFERRED_IN",
      "TRANSFERRED_OUT",
      "SUSPENDED",
      "RESUMED",
      "LEFT",
      "RETIRED",
      "EXPELLED",
    ]),
    effectiveOn: dateField("ngày hiệu lực"),
    toGroupId: z.string().optional(),
    reason: optionalText(500, "lý do"),
  })
  .superRefine((v, ctx) => {
    if ((v.event === "GROUP_CHANGED" || v.event === "TRANSFERRED_IN") && !v.toGroupId)
      ctx.addIssue({ code: "custom", path: ["toGroupId"], message: "Vui lòng chọn tổ chuyển đến." });
    if (v.event === "EXPELLED" && !v.reason)
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message: "Khai trừ cần ghi rõ lý do và số quyết định.",
      });
  });
export type LifecycleValues = z.input<typeof lifecycleSchema>;
export type LifecycleData = z.output<typeof lifecycleSchema>;

export const contactSchema = z.object({
  phone: memberFormSchema.shape.phone,
  email: memberFormSchema.shape.email,
});
export type ContactValues = z.input<typeof contactSchema>;
export type ContactData = z.output<typeof contactSchema>;

export const MEMBER_SORTS = ["name", "-name", "joined", "-joined", "dob", "-dob", "card", "-card"] as const;
export const memberListParamsSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  group: z.string().max(40).catch(""),
  status: z
    .enum(["ACTIVE", "SUSPENDED", "TRANSFERRED_OUT", "LEFT", "RETIRED", "EXPELLED", "current", "all"])
    .catch("current"),
  gender: z.enum(["MALE", "FEMALE", ""]).catch(""),
  party: z.enum(["1", ""]).catch(""),
  sort: z.enum(MEMBER_SORTS).catch("name"),
  page: z.coerce.number().int().min(1).max(100000).catch(1),
});
export type MemberListParams = z.infer<typeof memberListParamsSchema>;
