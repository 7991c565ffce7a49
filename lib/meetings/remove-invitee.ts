import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { bumpVersion, loadForWrite } from "./guard";
import type { removeInviteeSchema } from "./schema";

/** Bỏ khỏi danh sách mời: only someone not yet marked present or absent. */
export async function removeInvitee(actor: Actor, input: z.output<typeof removeInviteeSchema>) {
  return db.$transaction(async (tx) => {
    const m = await loadForWrite(tx, actor, input.meetingId);
    const row = await tx.meetingInvitee.findUnique({
      where: { meetingId_memberId: { meetingId: m.id, memberId: input.memberId } },
      select: { id: true, attendance: true },
    });
    if (!row) throw invalid({ memberId: "Đoàn viên này không có trong danh sách mời." });
    if (row.attendance)
      throw invalid({ memberId: "Đã điểm danh người này; hãy sửa điểm danh thay vì bỏ khỏi danh sách mời." });
    await tx.meetingInvitee.delete({ where: { id: row.id } });
    await bumpVersion(tx, m);
    await writeAudit(tx, actor, {
      action: "meeting.uninvite",
      entityType: "Meeting",
      entityId: m.id,
      before: { memberId: input.memberId },
    });
    return { ok: true };
  });
}
