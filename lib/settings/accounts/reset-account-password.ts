import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { hashPassword } from "@/lib/auth/password";
import { clearLoginFailures } from "@/lib/auth/rate-limit";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import type { z } from "@/lib/validation";
import { findAccountInUnit } from "./find-account";
import type { resetPasswordSchema } from "./schema";

/** Sets a new temporary password, and lifts a sign-in lockout so it can be used at once. */
export async function resetAccountPassword(actor: Actor, input: z.output<typeof resetPasswordSchema>) {
  const user = await findAccountInUnit(input.userId, actor.unitId);
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    // The account's sign-ins end: whoever held the old password is out.
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, passwordChangedAt: null, sessionsValidFrom: clock.now() },
    });
    await writeAudit(tx, actor, {
      action: "account.reset-password",
      entityType: "User",
      entityId: user.id,
      after: { email: user.email },
    });
  });
  await clearLoginFailures(user.email);
  return { message: `Đã đặt mật khẩu tạm mới cho ${user.email}.` };
}
