import "server-only";
// "Gửi lại lời mời" (decision 0083): when the CĐCS's chủ tịch let the one-time link expire unused,
// the cấp trên sends a new one for the same account. The old link stays as it was (expired, refused);
// nothing is deleted. Refused while the last link is still usable or once the chủ tịch has signed in.
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { formatDate } from "@/lib/format";
import type { z } from "@/lib/validation";
import { INVITE_DAYS, invitePath, newInviteToken } from "./invite/token";
import { DAY_MS, issueInvite } from "./invite-chair";
import { isInSubtree } from "./queries";
import type { resendChairInviteSchema } from "./schema";

export const NOTHING_TO_RESEND = "Công đoàn cơ sở này chưa có lời mời chủ tịch nào để gửi lại.";
export const ALREADY_JOINED = "Chủ tịch đã nhận lời mời và đăng nhập: không cần gửi lại.";
export const stillValid = (until: Date) =>
  `Lời mời vẫn dùng được đến ${formatDate(until)}: chỉ gửi lại khi lời mời đã hết hạn.`;

export async function resendChairInvite(actor: Actor, input: z.output<typeof resendChairInviteSchema>) {
  if (!(await isInSubtree(db, actor.unitId, input.unitId))) throw notFound();
  const last = await db.userInvite.findFirst({
    where: { unitId: input.unitId, unit: { kind: "GRASSROOTS" } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      userId: true,
      usedAt: true,
      expiresAt: true,
      unit: { select: { name: true } },
      user: {
        select: { email: true, isActive: true, lastLoginAt: true, member: { select: { fullName: true } } },
      },
    },
  });
  if (!last) throw conflict(NOTHING_TO_RESEND);
  if (last.usedAt || last.user.lastLoginAt || !last.user.isActive) throw conflict(ALREADY_JOINED);
  const now = clock.now();
  if (last.expiresAt > now) throw conflict(stillValid(last.expiresAt));
  const token = newInviteToken();
  const expiresAt = new Date(now.getTime() + INVITE_DAYS * DAY_MS);
  const row = await db.$transaction(async (tx) => {
    // One resend at a time per CĐCS: two tabs must not leave two live links.
    await tx.$executeRaw`SELECT 1 FROM pg_advisory_xact_lock(hashtext(${`invite:${input.unitId}`}))`;
    const latest = await tx.userInvite.findFirst({
      where: { unitId: input.unitId },
      orderBy: { createdAt: "desc" },
      select: { id: true },
    });
    if (latest?.id !== last.id) throw conflict(stillValid(expiresAt));
    const created = await issueInvite(tx, actor, {
      userId: last.userId,
      unitId: input.unitId,
      email: last.user.email,
      unitName: last.unit.name,
      token,
      expiresAt,
    });
    await writeAudit(tx, actor, {
      action: "org.chair.reinvite",
      entityType: "User",
      entityId: last.userId,
      after: { unitId: input.unitId, inviteId: created.id, expiredInviteId: last.id, expiresAt },
    });
    return created;
  });
  return {
    id: row.id,
    link: invitePath(token),
    message: `Đã gửi lại lời mời cho ${last.user.member?.fullName ?? last.user.email}.`,
  };
}
