// The meetings rows of the "database unchanged" snapshot (see unit-snapshot.ts): every table the
// meetings actions can write, for the given units, in a stable order.
import { db } from "@/lib/db";
import type { DomainSnapshot } from "./unit-snapshot";

export async function snapshotMeetings(unitIds: string[]): Promise<DomainSnapshot> {
  const meetings = await db.meeting.findMany({ where: { unitId: { in: unitIds } }, orderBy: { id: "asc" } });
  const ids = meetings.map((m) => m.id);
  const [invitees, agendaItems, decisions, opinions] = await Promise.all([
    db.meetingInvitee.findMany({ where: { meetingId: { in: ids } }, orderBy: { id: "asc" } }),
    db.agendaItem.findMany({ where: { meetingId: { in: ids } }, orderBy: { id: "asc" } }),
    db.meetingDecision.findMany({ where: { meetingId: { in: ids } }, orderBy: { id: "asc" } }),
    db.opinion.findMany({ where: { unitId: { in: unitIds } }, orderBy: { id: "asc" } }),
  ]);
  return {
    rows: { meetings, meetingInvitees: invitees, agendaItems, meetingDecisions: decisions, opinions },
    entityIds: [...ids, ...decisions.map((d) => d.id), ...opinions.map((o) => o.id)],
  };
}
