import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { bumpVersion, loadForWrite, refuseUnless } from "../guard";
import type { meetingIdSchema } from "../schema";
import { transition } from "../service";

/** Ký biên bản: needs a chủ trì, a thư ký and every invitee marked; signed minutes are locked. */
export async function signMinutes(actor: Actor, input: z.output<typeof meetingIdSchema>) {
  return db.$transaction(async (tx) => {
    const m = await loadForWrite(tx, actor, input.meetingId);
    const to = refuseUnless(transition(m.status, "sign"));
    if (!m.chairMemberId || !m.secretaryMemberId)
      throw conflict("Biên bản cần có chủ trì và thư ký trước khi ký. Hãy sửa thông tin cuộc họp.");
    const unmarked = await tx.meetingInvitee.count({ where: { meetingId: m.id, attendance: null } });
    if (unmarked)
      throw conflict(`Còn ${unmarked} người chưa điểm danh. Hãy điểm danh đủ trước khi ký biên bản.`);
    const signedAt = new Date();
    await bumpVersion(tx, m, { status: to, signedAt, signedByUserId: actor.userId });
    await writeAudit(tx, actor, {
      action: "meeting.minutes.sign",
      entityType: "Meeting",
      entityId: m.id,
      before: { status: m.status },
      after: { status: to, signedAt },
    });
    return { status: to };
  });
}
