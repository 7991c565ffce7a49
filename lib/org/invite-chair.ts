import "server-only";
import { randomUUID } from "node:crypto";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { hashPassword } from "@/lib/auth/password";
import * as clock from "@/lib/clock";
import { db, type Tx } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { toSearchText, toSortName } from "@/lib/format";
import { appLink, mailConfig, mailDomain } from "@/lib/notifications/mail-config";
import type { z } from "@/lib/validation";
import { hashInviteToken, INVITE_DAYS, invitePath, newInviteToken } from "./invite/token";
import { isInSubtree } from "./queries";
import type { inviteChairSchema } from "./schema";

type Input = z.output<typeof inviteChairSchema>;
const EMAIL_TAKEN = "Email này đã được dùng cho một tài khoản khác.";
export const DAY_MS = 86_400_000;
const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

/**
 * The CĐCS's first chủ tịch, invited by its cấp trên: their member record in the CĐCS, the CHAIR office
 * in the current term (a five-year one when there is none), an account with no usable password and a
 * one-time link, also sent by e-mail through the outbox when mail is set up. They import the members.
 */
export async function inviteChair(actor: Actor, input: Input) {
  if (!(await isInSubtree(db, actor.unitId, input.unitId))) throw notFound();
  const unit = await db.unit.findUnique({
    where: { id: input.unitId },
    select: { id: true, name: true, kind: true, _count: { select: { invites: true } } },
  });
  if (!unit || unit.kind !== "GRASSROOTS") throw notFound();
  if (unit._count.invites > 0)
    throw conflict("Công đoàn cơ sở này đã được mời chủ tịch. Chủ tịch tạo thêm tài khoản trong ứng dụng.");
  if (await db.user.findUnique({ where: { email: input.email }, select: { id: true } }))
    throw conflict(EMAIL_TAKEN, { email: EMAIL_TAKEN });
  const token = newInviteToken();
  // An unusable password: the account opens only through the link.
  const passwordHash = await hashPassword(randomUUID() + randomUUID());
  const now = clock.now();
  const expiresAt = new Date(now.getTime() + INVITE_DAYS * DAY_MS);
  const invite = await db.$transaction(async (tx) => {
    const memberId = await chairMember(tx, unit.id, input);
    const user = await tx.user.create({
      data: { unitId: unit.id, email: input.email, passwordHash, memberId },
      select: { id: true },
    });
    const row = await issueInvite(tx, actor, {
      userId: user.id,
      unitId: unit.id,
      email: input.email,
      unitName: unit.name,
      token,
      expiresAt,
    });
    await writeAudit(tx, actor, {
      action: "org.chair.invite",
      entityType: "User",
      entityId: user.id,
      after: { unitId: unit.id, email: input.email, memberId, inviteId: row.id, expiresAt },
    });
    return row;
  });
  return {
    id: invite.id,
    link: invitePath(token),
    message: `Đã mời ${input.fullName} làm chủ tịch ${unit.name}.`,
  };
}

/** The member record, the tổ it starts in, the term and the CHAIR office: what sign-in reads roles from. */
async function chairMember(tx: Tx, unitId: string, input: Input) {
  const today = clock.todayIso();
  const group =
    (await tx.group.findFirst({
      where: { unitId, archivedAt: null },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    })) ?? (await tx.group.create({ data: { unitId, name: "Tổ Văn phòng" }, select: { id: true } }));
  const member = await tx.member.create({
    data: {
      unitId,
      groupId: group.id,
      fullName: input.fullName,
      searchName: toSearchText(input.fullName),
      sortName: toSortName(input.fullName),
      gender: input.gender,
      email: input.email,
    },
    select: { id: true },
  });
  await tx.groupMembership.create({ data: { memberId: member.id, groupId: group.id, startOn: utc(today) } });
  let term = await tx.term.findFirst({
    where: { unitId, startOn: { lte: utc(today) }, endOn: { gte: utc(today) } },
    orderBy: { startOn: "desc" },
    select: { id: true },
  });
  if (!term) {
    const year = Number(today.slice(0, 4));
    const end = new Date(utc(today).getTime());
    end.setUTCFullYear(year + 5);
    end.setUTCDate(end.getUTCDate() - 1);
    term = await tx.term.create({
      data: { unitId, name: `Nhiệm kỳ ${year}–${year + 5}`, startOn: utc(today), endOn: end },
      select: { id: true },
    });
  }
  await tx.position.create({
    data: { termId: term.id, memberId: member.id, office: "CHAIR", startOn: utc(today) },
  });
  return member.id;
}

/** The invite's e-mail, through the outbox (nothing when mail is not set up: the link is on screen). */
/** A one-time link for the account (only its hash is kept) and, when mail is set up, its letter. */
export async function issueInvite(
  tx: Tx,
  actor: Actor,
  i: { userId: string; unitId: string; email: string; unitName: string; token: string; expiresAt: Date },
) {
  const row = await tx.userInvite.create({
    data: {
      userId: i.userId,
      unitId: i.unitId,
      tokenHash: hashInviteToken(i.token),
      expiresAt: i.expiresAt,
      createdById: actor.userId,
    },
    select: { id: true },
  });
  await queueInviteMail(tx, { ...i, inviteId: row.id });
  return row;
}

async function queueInviteMail(
  tx: Tx,
  m: { userId: string; email: string; unitName: string; token: string; expiresAt: Date; inviteId: string },
) {
  const config = mailConfig();
  if (!config) return; // no mail set up: the cấp trên hands over the link shown on screen
  const until = new Intl.DateTimeFormat("vi-VN", {
    timeZone: "Asia/Ho_Chi_Minh",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(m.expiresAt);
  await tx.mailJob.create({
    data: {
      idempotencyKey: `org.chair.invite:${m.inviteId}`,
      userId: m.userId,
      toAddress: m.email,
      subject: `[Sổ Công đoàn] Mời làm chủ tịch ${m.unitName} trên Sổ Công đoàn`,
      text: [
        `Công đoàn cấp trên đã tạo ${m.unitName} trên Sổ Công đoàn và mời anh/chị làm chủ tịch.`,
        "",
        `Đặt mật khẩu và đăng nhập: ${appLink(invitePath(m.token), config)}`,
        `Liên kết chỉ dùng được một lần, đến ${until}.`,
        "",
        "Thư này do Sổ Công đoàn gửi tự động; vui lòng không trả lời.",
      ].join("\n"),
      messageId: `<${randomUUID()}@${mailDomain(config.from)}>`,
      nextAttemptAt: clock.now(),
    },
  });
}
