import "server-only";
// Redeeming a one-time invite link (decision 0083): the invited account sets its password.
// Single use under concurrency: the link is spent by one conditional UPDATE, so two tabs cannot both use it.
import { writeAudit } from "@/lib/audit/log";
import { hashPassword } from "@/lib/auth/password";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashInviteToken } from "./token";

export const INVITE_UNUSABLE =
  "Liên kết mời không còn dùng được: đã dùng rồi, đã hết hạn hoặc không đúng. Vui lòng đề nghị công đoàn cấp trên gửi lại.";

/** What the invite page shows before the password is set: whose invite, or null when it cannot be used. */
export async function findUsableInvite(token: string) {
  const invite = await db.userInvite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    select: {
      usedAt: true,
      expiresAt: true,
      unit: { select: { name: true } },
      user: { select: { email: true, isActive: true, member: { select: { fullName: true } } } },
    },
  });
  if (!invite || invite.usedAt || invite.expiresAt <= clock.now() || !invite.user.isActive) return null;
  return {
    email: invite.user.email,
    fullName: invite.user.member?.fullName ?? "",
    unitName: invite.unit.name,
  };
}

/** Sets the password and spends the link; returns the e-mail to sign in with. */
export async function redeemInvite(input: { token: string; password: string }) {
  const now = clock.now();
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const invite = await tx.userInvite.findUnique({
      where: { tokenHash: hashInviteToken(input.token) },
      select: { id: true, userId: true, user: { select: { email: true, isActive: true } } },
    });
    const spent = invite?.user.isActive
      ? await tx.userInvite.updateMany({
          where: { id: invite.id, usedAt: null, expiresAt: { gt: now } },
          data: { usedAt: now },
        })
      : { count: 0 };
    if (!invite || spent.count !== 1) throw new AppError("CONFLICT", INVITE_UNUSABLE);
    await tx.user.update({
      where: { id: invite.userId },
      // A fresh account has no sign-in to end, so sessionsValidFrom stays as it is.
      data: { passwordHash, passwordChangedAt: now },
    });
    await writeAudit(
      tx,
      { userId: invite.userId },
      {
        action: "org.invite.accept",
        entityType: "User",
        entityId: invite.userId,
        after: { inviteId: invite.id },
      },
    );
    return { email: invite.user.email };
  });
}
