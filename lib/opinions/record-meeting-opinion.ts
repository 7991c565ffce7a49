import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { invalid, notFound } from "@/lib/errors";
import { meetingManageScope } from "@/lib/meetings/scope";
import type { z } from "@/lib/validation";
import { startOfVietnamDay } from "./anonymous-day";
import type { recordOpinionSchema } from "./schema";

/** What a member said in a meeting, recorded by whoever manages the meeting. */
export async function recordMeetingOpinion(actor: Actor, input: z.output<typeof recordOpinionSchema>) {
  return db.$transaction(async (tx) => {
    const m = await tx.meeting.findFirst({
      where: { AND: [{ id: input.meetingId }, meetingManageScope(actor)] },
      select: { id: true, unitId: true },
    });
    if (!m) throw notFound();
    if (input.authorMemberId) {
      const author = await tx.member.findFirst({
        where: { id: input.authorMemberId, unitId: m.unitId },
        select: { id: true },
      });
      if (!author) throw invalid({ authorMemberId: "Người nêu ý kiến phải là đoàn viên của đơn vị." });
    }
    const day = input.authorMemberId ? undefined : startOfVietnamDay(new Date());
    const o = await tx.opinion.create({
      data: {
        ...(day ? { createdAt: day, updatedAt: day } : {}),
        unitId: m.unitId,
        meetingId: m.id,
        authorMemberId: input.authorMemberId || null,
        isAnonymous: !input.authorMemberId,
        topic: input.topic,
        body: input.body,
      },
      select: { id: true },
    });
    await writeAudit(tx, actor, {
      action: "opinion.record",
      entityType: "Opinion",
      entityId: o.id,
      after: { meetingId: m.id, topic: input.topic, authorMemberId: input.authorMemberId || null },
    });
    return { id: o.id };
  });
}
