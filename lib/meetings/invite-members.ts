import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { z } from "@/lib/validation";
import { bumpVersion, loadForWrite } from "./guard";
import { inviteeIds } from "./plan-checks";
import type { inviteSchema } from "./schema";

/** Mời: adds the members of a source (chosen people, a tổ, the unit, the BCH); those already invited stay. */
export async function inviteMembers(actor: Actor, input: z.output<typeof inviteSchema>) {
  return db.$transaction(async (tx) => {
    const m = await loadForWrite(tx, actor, input.meetingId);
    const ids = await inviteeIds(
      tx,
      actor,
      input.source,
      input.source === "group" ? input.groupId : null,
      input.memberIds,
    );
    const r = ids.length
      ? await tx.meetingInvitee.createMany({
          data: ids.map((memberId) => ({ meetingId: m.id, memberId })),
          skipDuplicates: true,
        })
      : { count: 0 };
    await bumpVersion(tx, m);
    await writeAudit(tx, actor, {
      action: "meeting.invite",
      entityType: "Meeting",
      entityId: m.id,
      after: { source: input.source, groupId: input.groupId ?? null, added: r.count },
    });
    return { added: r.count };
  });
}
