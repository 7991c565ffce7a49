import "server-only";
// The decision reference and the finalisation checklist shown above the table.
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { listMeetingsByType } from "@/lib/meetings/queries";
import { finaliseChecklist } from "./checklist";
import { DECISION_MEETING_TYPES } from "./save-decision-ref";
import type { RatingYearContext } from "../year";

export async function loadYearPanel(actor: Actor, r: RatingYearContext) {
  const types = [...DECISION_MEETING_TYPES];
  const [thisYear, nextYear, checklist, meeting] = await Promise.all([
    listMeetingsByType(actor, { year: r.year, types }),
    listMeetingsByType(actor, { year: r.year + 1, types }),
    r.status === "OPEN" ? finaliseChecklist(db, r) : Promise.resolve({ blockers: [], missing: [] }),
    r.decisionMeetingId
      ? db.meeting.findFirst({
          where: { id: r.decisionMeetingId, unitId: actor.unitId },
          select: { title: true, startsAt: true, status: true },
        })
      : null,
  ]);
  const meetings = [...thisYear, ...nextYear].map((m) => ({
    id: m.id,
    label: `${m.title} – ${formatDate(m.startsAt)}`,
  }));
  return {
    meetings,
    blockers: checklist.blockers,
    missing: checklist.missing,
    meetingLabel: meeting ? `${meeting.title} – ${formatDate(meeting.startsAt)}` : null,
  };
}
