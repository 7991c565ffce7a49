"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { createAction, toFieldErrors } from "@/lib/action";
import { isAppError, type ActionResult } from "@/lib/errors";
import { redeemInvite } from "@/lib/org/invite/redeem-invite";
import { acceptInviteSchema } from "@/lib/org/schema";
import { changePassword } from "./change-password";
import { signIn, signOut } from "./config";
import { changePasswordSchema, loginSchema } from "./schema";

/** Signs in; on success next-auth throws a redirect, which must propagate. */
export async function login(raw: unknown): Promise<ActionResult<never>> {
  const parsed = loginSchema.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      code: "VALIDATION",
      error: "Vui lòng kiểm tra email và mật khẩu.",
      fieldErrors: toFieldErrors(parsed.error),
    };
  try {
    await signIn("credentials", {
      email: parsed.data.email.toLowerCase(),
      password: parsed.data.password,
      redirectTo: "/",
    });
  } catch (err) {
    if (err instanceof CredentialsSignin && err.code === "rate_limited") {
      return {
        ok: false,
        code: "FORBIDDEN",
        error: "Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.",
      };
    }
    if (err instanceof AuthError)
      return { ok: false, code: "UNAUTHENTICATED", error: "Email hoặc mật khẩu không đúng." };
    throw err;
  }
  throw new Error("unreachable");
}

/**
 * A one-time invite link (decision 0083): sets the invited account's password, spends the
 * link and opens the session, so there is no actor to ask first (as for login).
 */
export async function acceptInvite(raw: unknown): Promise<ActionResult<never>> {
  const parsed = acceptInviteSchema.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      code: "VALIDATION",
      error: "Dữ liệu chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.",
      fieldErrors: toFieldErrors(parsed.error),
    };
  let email: string;
  try {
    ({ email } = await redeemInvite(parsed.data));
  } catch (err) {
    if (isAppError(err)) return { ok: false, code: err.code, error: err.message };
    throw err;
  }
  await signIn("credentials", { email, password: parsed.data.password, redirectTo: "/" });
  throw new Error("unreachable");
}

export async function logout() {
  await signOut({ redirectTo: "/login" });
}

export const changePasswordAction = createAction(
  { name: "account.password", permission: "account.password.change", schema: changePasswordSchema },
  changePassword,
);
