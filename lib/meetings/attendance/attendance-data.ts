// The attendance screen's two data functions, set-based so that 1,000 invitees cost the same
// number of queries as ten. No "server-only" marker: bench/meetings-attendance.ts times them with
// its own client. Only server code imports this file.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { AttendanceCode } from "../labels";

type Client = Pick<PrismaClient, "$queryRaw" | "$executeRaw">;

export type AttendanceRow = {
  memberId: string;
  fullName: string;
  searchName: string;
  groupName: string;
  attendance: AttendanceCode | null;
  reason: string | null;
};

/** Every invitee of a meeting with their mark, sorted as Vietnamese lists are (by tên). One query. */
export function loadAttendanceRows(client: Client, meetingId: string): Promise<AttendanceRow[]> {
  return client.$queryRaw<AttendanceRow[]>`
    SELECT i."memberId", m."fullName", m."searchName", g.name AS "groupName",
           i.attendance::text AS attendance, i."absenceReason" AS reason
    FROM "MeetingInvitee" i
    JOIN "Member" m ON m.id = i."memberId"
    JOIN "Group" g ON g.id = m."groupId"
    WHERE i."meetingId" = ${meetingId}
    ORDER BY m."sortName", m.id`;
}

export type Mark = { memberId: string; attendance: "" | AttendanceCode; reason: string };

/** A reason is kept only for "vắng có lý do". */
export const reasonOf = (m: Mark) => (m.attendance === "EXCUSED" && m.reason.trim() ? m.reason.trim() : null);

/**
 * Writes every mark in one UPDATE … FROM unnest(…): rows of other meetings and members who are
 * not invited are untouched, and unchanged rows are not rewritten. Returns the rows changed.
 */
export function writeAttendanceMarks(client: Client, meetingId: string, marks: Mark[]): Promise<number> {
  const ids = marks.map((m) => m.memberId);
  const values = marks.map((m) => m.attendance);
  const reasons = marks.map(reasonOf);
  return client.$executeRaw`
    UPDATE "MeetingInvitee" AS i
    SET attendance = NULLIF(u.a, '')::"Attendance", "absenceReason" = u.r, "updatedAt" = now()
    FROM unnest(${ids}::text[], ${values}::text[], ${reasons}::text[]) AS u(mid, a, r)
    WHERE i."meetingId" = ${meetingId} AND i."memberId" = u.mid
      AND (i.attendance IS DISTINCT FROM NULLIF(u.a, '')::"Attendance" OR i."absenceReason" IS DISTINCT FROM u.r)`;
}
