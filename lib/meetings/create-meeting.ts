import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { syncAgenda } from "./agenda";
import { INVITE_LABELS, isGroupMeeting } from "./invite-defaults";
import { checkMeetingForm, inviteeIds } from "./plan-checks";
import type { createMeetingSchema } from "./schema";
import { vnYear } from "./service";

/** Lập cuộc họp: numbered in its year, with its agenda and the invitation the form chose. */
export async function createMeeting(actor: Actor, input: z.output<typeof createMeetingSchema>) {
  // A sinh hoạt tổ is the tổ's own meeting: it invites the tổ's members (others are added one by one).
  if (isGroupMeeting(input.type) && (input.invite === "bch" || input.invite === "unit"))
    throw invalid({
      invite: `Sinh hoạt tổ mời đoàn viên của tổ: chọn "${INVITE_LABELS.group}" hoặc "${INVITE_LABELS.none}".`,
    });
  return db.$transaction(async (tx) => {
    const data = await checkMeetingForm(tx, actor, input);
    const year = vnYear(data.startsAt);
    // One creator at a time per unit, so that two meetings never take the same number.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`meeting-number:${actor.unitId}`}))`;
    const last = await tx.meeting.aggregate({
      where: { unitId: actor.unitId, year },
      _max: { number: true },
    });
    const m = await tx.meeting.create({
      data: { ...data, unitId: actor.unitId, year, number: (last._max.number ?? 0) + 1 },
      select: { id: true, number: true },
    });
    await syncAgenda(tx, m.id, input.agenda);
    const ids = input.invite === "none" ? [] : await inviteeIds(tx, actor, input.invite, data.groupId);
    if (ids.length)
      await tx.meetingInvitee.createMany({
        data: ids.map((memberId) => ({ meetingId: m.id, memberId })),
        skipDuplicates: true,
      });
    await writeAudit(tx, actor, {
      action: "meeting.create",
      entityType: "Meeting",
      entityId: m.id,
      after: {
        ...data,
        year,
        number: m.number,
        agenda: input.agenda.map((a) => a.title),
        invited: ids.length,
      },
    });
    return { id: m.id };
  });
}
