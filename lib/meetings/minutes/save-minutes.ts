import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import type { z } from "@/lib/validation";
import { syncAgenda } from "../agenda";
import { bumpVersion, loadForWrite, refuseUnless } from "../guard";
import type { minutesSchema } from "../schema";
import { toVnParts, transition, vnMoment, voteError } from "../service";

/** Ghi biên bản: the discussion, votes and conclusion of each item, and the end time, as a draft. */
export async function saveMinutes(actor: Actor, input: z.output<typeof minutesSchema>) {
  return db.$transaction(async (tx) => {
    const m = await loadForWrite(tx, actor, input.meetingId);
    const to = refuseUnless(transition(m.status, "saveMinutes"));
    const present = await tx.meetingInvitee.count({ where: { meetingId: m.id, attendance: "PRESENT" } });
    const errors: Record<string, string> = {};
    input.items.forEach((item, i) => {
      const e = voteError(item, present);
      if (e) errors[`items.${i}.votesFor`] = e;
    });
    if (Object.keys(errors).length) throw invalid(errors, Object.values(errors)[0]);
    const endsAt = input.endTime
      ? vnMoment(toVnParts(m.startsAt).date.split("/").reverse().join("-"), input.endTime)
      : null;
    if (endsAt && endsAt <= m.startsAt) throw invalid({ endTime: "Giờ kết thúc phải sau giờ bắt đầu." });
    await bumpVersion(tx, m, { status: to, endsAt }, input.version);
    const before = await tx.agendaItem.findMany({
      where: { meetingId: m.id },
      orderBy: { position: "asc" },
      select: { title: true, votesFor: true, votesAgainst: true, votesOther: true, conclusion: true },
    });
    await syncAgenda(tx, m.id, input.items, true);
    await writeAudit(tx, actor, {
      action: "meeting.minutes.save",
      entityType: "Meeting",
      entityId: m.id,
      before: { status: m.status, items: before },
      after: {
        status: to,
        endsAt,
        items: input.items.map((i) => ({
          title: i.title,
          votesFor: i.votesFor,
          votesAgainst: i.votesAgainst,
          votesOther: i.votesOther,
          conclusion: i.conclusion,
        })),
      },
    });
    if (m.status === "HELD") await notify(tx, { kind: "MINUTES_TO_SIGN", meetingId: m.id });
    return { version: input.version + 1 };
  });
}
