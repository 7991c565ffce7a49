import "server-only";
// The decision reference, the finalisation checklist (blockers and missing items), the override
// recorded when finalised, and whether the last reopening took the results down.
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { listMeetingsByType } from "@/lib/meetings/queries";
import { finaliseChecklist } from "./checklist";
import { DECISION_MEETING_TYPES } from "./save-decision-ref";
import type { RatingYearContext } from "../year";

export async function loadYearPanel(actor: Actor, r: RatingYearContext) {
  const types = [...DECISION_MEETING_TYPES];
  const [thisYear, nextYear, checklist, meeting, row, reopen] = await Promise.all([
    listMeetingsByType(actor, { year: r.year, types }),
    listMeetingsByType(actor, { year: r.year + 1, types }),
    r.status === "OPEN" ? finaliseChecklist(db, r) : Promise.resolve({ blockers: [], missing: [] }),
    r.decisionMeetingId
      ? db.meeting.findFirst({
          where: { id: r.decisionMeetingId, unitId: actor.unitId },
          select: { title: true, startsAt: true, status: true },
        })
      : null,
    db.ratingYear.findUniqueOrThrow({
      where: { id: r.id },
      select: { finaliseOverrideReason: true, finaliseOverrideItems: true },
    }),
    db.auditLog.findFirst({
      where: { entityType: "RatingYear", entityId: r.id, action: "rating.year.reopen" },
      orderBy: { id: "desc" },
      select: { after: true },
    }),
  ]);
  const meetings = [...thisYear, ...nextYear].map((m) => ({
    id: m.id,
    label: `${m.title} – ${formatDate(m.startsAt)}`,
  }));
  return {
    meetings,
    blockers: checklist.blockers,
    missing: checklist.missing,
    override: row.finaliseOverrideReason
      ? { reason: row.finaliseOverrideReason, items: row.finaliseOverrideItems }
      : null,
    /** The last reopening took the results down (they were published). */
    unpublishedOnReopen: !r.publishedAt && !!(reopen?.after as { unpublished?: boolean } | null)?.unpublished,
    meetingLabel: meeting ? `${meeting.title} – ${formatDate(meeting.startsAt)}` : null,
  };
}
