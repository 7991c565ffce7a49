import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { syncAgenda } from "./agenda";
import { bumpVersion, loadForWrite } from "./guard";
import { checkMeetingForm, manageAll } from "./plan-checks";
import type { updateMeetingSchema } from "./schema";

/** Sửa thông tin cuộc họp, against the version read; a tổ trưởng cannot move it to another tổ. */
export async function updateMeeting(actor: Actor, input: z.output<typeof updateMeetingSchema>) {
  return db.$transaction(async (tx) => {
    const m = await loadForWrite(tx, actor, input.id);
    const data = await checkMeetingForm(tx, actor, input.values);
    if (!manageAll(actor) && data.groupId !== m.groupId) throw forbidden();
    await bumpVersion(tx, m, data, input.version);
    await syncAgenda(tx, m.id, input.values.agenda);
    await writeAudit(tx, actor, {
      action: "meeting.update",
      entityType: "Meeting",
      entityId: m.id,
      before: {
        startsAt: m.startsAt,
        chairMemberId: m.chairMemberId,
        secretaryMemberId: m.secretaryMemberId,
      },
      after: { ...data, agenda: input.values.agenda.map((a) => a.title) },
    });
    return { id: m.id };
  });
}
