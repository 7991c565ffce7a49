import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { findAccountInUnit } from "./find-account";
import type { setAccountActiveSchema } from "./schema";

/** Khóa / mở lại. Nobody locks themselves out. */
export async function setAccountActive(actor: Actor, input: z.output<typeof setAccountActiveSchema>) {
  const { userId, active } = input;
  if (userId === actor.userId && !active) throw conflict("Bạn không thể tự khóa tài khoản của mình.");
  const user = await findAccountInUnit(userId, actor.unitId);
  if (user.isActive !== active) {
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { isActive: active } });
      await writeAudit(tx, actor, {
        action: active ? "account.reactivate" : "account.deactivate",
        entityType: "User",
        entityId: user.id,
        before: { isActive: user.isActive },
        after: { isActive: active },
      });
    });
  }
  return { message: active ? `Đã mở lại tài khoản ${user.email}.` : `Đã khóa tài khoản ${user.email}.` };
}
