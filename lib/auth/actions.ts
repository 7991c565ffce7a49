"use server";
import { AuthError, CredentialsSignin } from "next-auth";
import { legacyAction } from "@/lib/action";
import { toFieldErrors } from "@/lib/action";
import { writeAudit } from "@/lib/audit/log";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import type { ActionResult } from "@/lib/errors";
import { signIn, signOut } from "./config";
import { hashPassword, verifyPassword } from "./password";
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

export async function logout() {
  await signOut({ redirectTo: "/login" });
}

export const changePassword = legacyAction(
  { name: "account.password", permission: "account.password.change", schema: changePasswordSchema },
  async (values, actor) => {
    const user = await db.user.findUniqueOrThrow({
      where: { id: actor.userId },
      select: { passwordHash: true },
    });
    if (!(await verifyPassword(user.passwordHash, values.currentPassword))) {
      throw invalid({ currentPassword: "Mật khẩu hiện tại không đúng." });
    }
    const passwordHash = await hashPassword(values.newPassword);
    const now = new Date();
    await db.$transaction(async (tx) => {
      // Every other sign-in of this account ends (a stolen session does not outlive the new password)…
      await tx.user.update({
        where: { id: actor.userId },
        data: { passwordHash, passwordChangedAt: now, sessionsValidFrom: now },
      });
      await writeAudit(tx, actor, {
        action: "account.password",
        entityType: "User",
        entityId: actor.userId,
        after: { otherSessionsEnded: true },
      });
    });
    // …while this one goes on with a fresh sign-in.
    await signIn("credentials", { email: actor.email, password: values.newPassword, redirect: false });
    return { ok: true };
  },
);
