import "server-only";
import { writeAudit } from "@/lib/audit/log";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { signIn } from "./config";
import type { Actor } from "./current-user";
import { hashPassword, verifyPassword } from "./password";
import type { ChangePasswordData } from "./schema";

/** The signed-in user changes their own password; every other sign-in of the account ends. */
export async function changePassword(actor: Actor, values: ChangePasswordData) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: { passwordHash: true },
  });
  if (!(await verifyPassword(user.passwordHash, values.currentPassword))) {
    throw invalid({ currentPassword: "Mật khẩu hiện tại không đúng." });
  }
  const passwordHash = await hashPassword(values.newPassword);
  const now = clock.now();
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
}
