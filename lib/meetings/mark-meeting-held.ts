import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { z } from "@/lib/validation";
import { bumpVersion, loadForWrite, refuseUnless } from "./guard";
import type { meetingIdSchema } from "./schema";
import { transition } from "./service";

/** Đã họp: a planned meeting took place; its minutes can now be written. */
export async function markMeetingHeld(actor: Actor, input: z.output<typeof meetingIdSchema>) {
  return db.$transaction(async (tx) => {
    const m = await loadForWrite(tx, actor, input.meetingId);
    const to = refuseUnless(transition(m.status, "markHeld"));
    await bumpVersion(tx, m, { status: to });
    await writeAudit(tx, actor, {
      action: "meeting.held",
      entityType: "Meeting",
      entityId: m.id,
      before: { status: m.status },
      after: { status: to },
    });
    return { status: to };
  });
}
