import "server-only";
// The BCH meeting that decided the levels, and its số nghị quyết / quyết định and date.
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { invalid } from "@/lib/errors";
import { parseDateInput } from "@/lib/validation";
import { lockOpenYear } from "../year";

export const DECISION_MEETING_TYPES = ["BCH_REGULAR", "BCH_EXTRAORDINARY"] as const;

export async function saveDecisionRef(
  actor: Actor,
  v: { ratingYearId: string; meetingId: string; decisionRef: string; decidedOn: string },
) {
  return db.$transaction(async (tx) => {
    const r = await lockOpenYear(tx, actor.unitId, v.ratingYearId);
    // The BCH decides in December or in January of the next year.
    const meeting = await tx.meeting.findFirst({
      where: {
        id: v.meetingId,
        unitId: actor.unitId,
        type: { in: [...DECISION_MEETING_TYPES] },
        year: { in: [r.year, r.year + 1] },
      },
      select: { id: true },
    });
    if (!meeting)
      throw invalid({ meetingId: `Chọn một cuộc họp Ban Chấp hành của năm ${r.year} hoặc ${r.year + 1}.` });
    const decidedOn = parseDateInput(v.decidedOn)!;
    if (decidedOn.getUTCFullYear() < r.year)
      throw invalid({ decidedOn: `Ngày ban hành phải từ năm ${r.year} trở đi.` });
    const data = { decisionMeetingId: meeting.id, decisionRef: v.decisionRef, decidedOn };
    await tx.ratingYear.update({ where: { id: r.id }, data: { ...data, version: { increment: 1 } } });
    await writeAudit(tx, actor, {
      action: "rating.year.decision-ref",
      entityType: "RatingYear",
      entityId: r.id,
      before: { decisionMeetingId: r.decisionMeetingId, decisionRef: r.decisionRef, decidedOn: r.decidedOn },
      after: data,
    });
    return { year: r.year };
  });
}
