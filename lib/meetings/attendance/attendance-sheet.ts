import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { loadAttendanceRows } from "./attendance-data";
import { meetingManageScope } from "../scope";

/** The attendance screen: the meeting and every invitee with their mark, in two queries whatever the count. */
export async function getAttendanceSheet(actor: Actor, meetingId: string) {
  const meeting = await db.meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingManageScope(actor)] },
    select: { id: true, title: true, startsAt: true, place: true, status: true },
  });
  if (!meeting) return null;
  return { meeting, rows: await loadAttendanceRows(db, meeting.id) };
}
