import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { bumpVersion, loadForWrite, refuseUnless } from "../guard";
import type { reopenSchema } from "../schema";
import { canReopen, meetingReadScope } from "../scope";
import { transition } from "../service";

/** The chủ tịch or the meeting's chủ trì, with a reason; back to a draft. */
export async function reopenMinutes(actor: Actor, input: z.output<typeof reopenSchema>) {
  return db.$transaction(async (tx) => {
    const m = await loadForWrite(tx, actor, input.meetingId, {
      allowLocked: true,
      where: meetingReadScope(actor),
    });
    if (!canReopen(actor, m)) throw forbidden();
    const to = refuseUnless(transition(m.status, "reopen"));
    await bumpVersion(tx, m, { status: to, signedAt: null, signedByUserId: null });
    await writeAudit(tx, actor, {
      action: "meeting.minutes.reopen",
      entityType: "Meeting",
      entityId: m.id,
      before: { status: m.status },
      after: { status: to, reason: input.reason },
    });
    return { status: to };
  });
}
