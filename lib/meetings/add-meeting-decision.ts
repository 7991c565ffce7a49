import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, invalid } from "@/lib/errors";
import type { z } from "@/lib/validation";
import { bumpVersion, loadForWrite, unitMemberIds } from "./guard";
import type { decisionSchema } from "./schema";

/** A decision of a meeting that took place, with who carries it out and by when. */
export async function addMeetingDecision(actor: Actor, input: z.output<typeof decisionSchema>) {
  return db.$transaction(async (tx) => {
    const m = await loadForWrite(tx, actor, input.meetingId);
    if (m.status === "PLANNED") throw conflict("Cuộc họp chưa diễn ra: chưa ghi được quyết định.");
    if (!(await unitMemberIds(tx, m.unitId, [input.assigneeMemberId])).has(input.assigneeMemberId))
      throw invalid({ assigneeMemberId: "Người thực hiện phải là đoàn viên đang sinh hoạt của đơn vị." });
    await bumpVersion(tx, m);
    const d = await tx.meetingDecision.create({
      data: {
        meetingId: m.id,
        content: input.content,
        assigneeMemberId: input.assigneeMemberId,
        dueOn: input.dueOn ? new Date(`${input.dueOn}T00:00:00.000Z`) : null,
      },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "meeting.decision.add",
      entityType: "MeetingDecision",
      entityId: d.id,
      after: {
        meetingId: m.id,
        content: input.content,
        assigneeMemberId: input.assigneeMemberId,
        dueOn: input.dueOn || null,
      },
    });
    return { id: d.id };
  });
}
