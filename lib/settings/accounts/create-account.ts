import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { conflict, invalid } from "@/lib/errors";
import type { z } from "@/lib/validation";
import type { createAccountSchema } from "./schema";

export const EMAIL_TAKEN = "Email này đã được dùng.";

/** An account for a member who has none, with a temporary password the chair hands over. */
export async function createAccount(actor: Actor, input: z.output<typeof createAccountSchema>) {
  const member = await db.member.findFirst({
    where: { id: input.memberId, unitId: actor.unitId },
    select: { id: true, fullName: true, status: true, user: { select: { id: true } } },
  });
  if (!member) throw invalid({ memberId: "Không tìm thấy đoàn viên." });
  if (member.user) throw invalid({ memberId: "Đoàn viên này đã có tài khoản." });
  if (member.status !== "ACTIVE" && member.status !== "SUSPENDED")
    throw invalid({ memberId: "Đoàn viên đã ra khỏi tổ chức nên không thể đăng nhập." });
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } }))
    throw conflict(EMAIL_TAKEN, { email: EMAIL_TAKEN });
  const passwordHash = await hashPassword(input.password);
  const user = await db.$transaction(async (tx) => {
    const u = await tx.user.create({
      data: { unitId: actor.unitId, email: input.email, passwordHash, memberId: member.id },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "account.create",
      entityType: "User",
      entityId: u.id,
      after: { email: input.email, memberId: member.id, isActive: true },
    });
    return u;
  });
  return { id: user.id, message: `Đã tạo tài khoản cho ${member.fullName}.` };
}
