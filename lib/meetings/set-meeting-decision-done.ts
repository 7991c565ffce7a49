import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { loadForWrite } from "./guard";
import type { decisionDoneSchema } from "./schema";

/** Follow-up, not minutes: allowed after signing too (docs/decisions/0010-meetings.md). */
export async function setMeetingDecisionDone(actor: Actor, input: z.output<typeof decisionDoneSchema>) {
  return db.$transaction(async (tx) => {
    const d = await tx.meetingDecision.findFirst({
      where: { id: input.decisionId },
      select: { id: true, meetingId: true, isDone: true },
    });
    if (!d) throw notFound();
    await loadForWrite(tx, actor, d.meetingId, { allowLocked: true });
    if (d.isDone === input.isDone) return { isDone: d.isDone };
    const doneOn = input.isDone ? clock.today() : null;
    await tx.meetingDecision.update({ where: { id: d.id }, data: { isDone: input.isDone, doneOn } });
    await writeAudit(tx, actor, {
      action: "meeting.decision.done",
      entityType: "MeetingDecision",
      entityId: d.id,
      before: { isDone: d.isDone },
      after: { isDone: input.isDone, doneOn },
    });
    return { isDone: input.isDone };
  });
}
