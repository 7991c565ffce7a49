// The cấp trên's forms and actions share these schemas (lib/org, decision 0083). Client-safe.
import { PASSWORD_RULE } from "@/lib/auth/password-rule";
import { choiceField, nameField, z } from "@/lib/validation";
import type { ChairState } from "./queries";

const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `Vui lòng nhập ${label}.`)
    .max(max, `${label.charAt(0).toUpperCase()}${label.slice(1)} dài quá ${max} ký tự.`);

/** Loại hình đơn vị: the `unit.type` setting the dues rule and the rating template read. */
export const UNIT_TYPES = [
  { value: "hcsn", label: "Hành chính sự nghiệp" },
  { value: "enterprise", label: "Doanh nghiệp" },
] as const;
/** The year the CĐCS keeps (`cycle.kind`). */
export const CYCLES = [
  { value: "school", label: "Năm học (01/09 – 31/08)" },
  { value: "calendar", label: "Năm dương lịch (01/01 – 31/12)" },
] as const;

export const createGrassrootsUnitSchema = z.object({
  name: text("tên công đoàn cơ sở", 200),
  unitType: choiceField("loại hình đơn vị").refine(
    (v) => UNIT_TYPES.some((t) => t.value === v),
    "Loại hình đơn vị không hợp lệ.",
  ),
  cycle: choiceField("năm thi đua").refine(
    (v) => CYCLES.some((c) => c.value === v),
    "Năm thi đua không hợp lệ.",
  ),
  placeName: text("địa danh", 100),
});
export type CreateGrassrootsUnitValues = z.input<typeof createGrassrootsUnitSchema>;

export const inviteChairSchema = z.object({
  unitId: z.string().min(1, "Vui lòng chọn công đoàn cơ sở."),
  fullName: nameField("họ và tên chủ tịch", 2, 100),
  gender: z.enum(["MALE", "FEMALE"], { error: "Vui lòng chọn giới tính." }),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Vui lòng nhập email.")
    .max(200, "Email dài quá 200 ký tự.")
    .pipe(z.email("Email không hợp lệ.")),
});
export type InviteChairValues = z.input<typeof inviteChairSchema>;

/** "Gửi lại lời mời": a new one-time link for the chủ tịch whose invite expired unused. */
export const resendChairInviteSchema = z.object({
  unitId: z.string().trim().min(1, "Vui lòng chọn công đoàn cơ sở.").max(64, "Không tìm thấy đơn vị."),
});
export type ResendChairInviteValues = z.input<typeof resendChairInviteSchema>;

export const acceptInviteSchema = z
  .object({
    token: z.string().min(20, "Liên kết mời không hợp lệ.").max(200, "Liên kết mời không hợp lệ."),
    password: z
      .string()
      .min(8, PASSWORD_RULE)
      .max(200)
      .regex(/[A-Za-z]/, PASSWORD_RULE)
      .regex(/\d/, PASSWORD_RULE),
    confirmPassword: z.string(),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "Mật khẩu nhập lại không khớp.",
  });
export type AcceptInviteValues = z.input<typeof acceptInviteSchema>;

export const ORG_KIND_LABELS = { UPPER: "Công đoàn cấp trên", GRASSROOTS: "Công đoàn cơ sở" } as const;

/** How the cấp trên's pages name a CĐCS's chủ tịch account: on the list of CĐCS, and on the unit's page. */
export const CHAIR_STATE_LABELS: Record<ChairState, { list: string; unit: string; tone: "green" | "amber" }> =
  {
    active: { list: "Chủ tịch đã đăng nhập", unit: "Đã đăng nhập", tone: "green" },
    invited: { list: "Đã mời chủ tịch", unit: "Chờ nhận lời mời", tone: "amber" },
    created: { list: "Chủ tịch chưa đăng nhập", unit: "Có tài khoản, chưa đăng nhập", tone: "amber" },
  };
