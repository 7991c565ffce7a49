// Sign-in account forms and actions share these schemas. Client-safe.
import { z } from "@/lib/validation";
import { isAcceptablePassword, TEMP_PASSWORD_RULE } from "./temp-password";

const temporaryPassword = z.string().refine(isAcceptablePassword, TEMP_PASSWORD_RULE);

export const createAccountSchema = z.object({
  memberId: z.string().min(1, "Vui lòng chọn đoàn viên."),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Vui lòng nhập email.")
    .max(200, "Email dài quá 200 ký tự.")
    .pipe(z.email("Email không hợp lệ.")),
  password: temporaryPassword,
});
export type CreateAccountValues = z.input<typeof createAccountSchema>;

export const resetPasswordSchema = z.object({
  userId: z.string().min(1),
  password: temporaryPassword,
});
export type ResetPasswordValues = z.input<typeof resetPasswordSchema>;

export const setAccountActiveSchema = z.object({
  userId: z.string().min(1),
  active: z.boolean(),
});
export type SetAccountActiveValues = z.input<typeof setAccountActiveSchema>;
