import "server-only";
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { z } from "@/lib/validation";
import { bumpVersion, loadForWrite } from "../guard";
import type { attendanceSchema } from "../schema";
import { reasonOf, writeAttendanceMarks } from "./attendance-data";

/** Saves every mark in one statement; the audit row lists only what changed. */
export async function saveMeetingAttendance(actor: Actor, input: z.output<typeof attendanceSchema>) {
  return db.$transaction(async (tx) => {
    const m = await loadForWrite(tx, actor, input.meetingId);
    await bumpVersion(tx, m);
    const before = await tx.meetingInvitee.findMany({
      where: { meetingId: m.id },
      select: { memberId: true, attendance: true, absenceReason: true },
    });
    const was = new Map(before.map((b) => [b.memberId, b]));
    const changes = input.marks
      .filter((mk) => was.has(mk.memberId))
      .map((mk) => ({
        memberId: mk.memberId,
        from: was.get(mk.memberId)!.attendance,
        to: mk.attendance || null,
        reason: reasonOf(mk),
        oldReason: was.get(mk.memberId)!.absenceReason,
      }))
      .filter((c) => c.from !== c.to || c.reason !== c.oldReason);
    const changed = changes.length ? await writeAttendanceMarks(tx, m.id, input.marks) : 0;
    await writeAudit(tx, actor, {
      action: "meeting.attendance",
      entityType: "Meeting",
      entityId: m.id,
      before: {
        marks: changes.map((c) => ({ memberId: c.memberId, attendance: c.from, reason: c.oldReason })),
      },
      after: {
        changed,
        marks: changes.map((c) => ({ memberId: c.memberId, attendance: c.to, reason: c.reason })),
      },
    });
    return { changed };
  });
}
