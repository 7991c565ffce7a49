import "server-only";
// The meeting a tổ review links, and the number present that limits the votes: from the
// meeting's attendance once taken (only the tổ's own members count), else typed by the tổ trưởng.
import type { Actor } from "@/lib/auth/current-user";
import { db, type Tx } from "@/lib/db";
import { invalid, notFound } from "@/lib/errors";
import { toCount } from "./schema";
import { leadsGroup } from "./scope";

export async function reviewMeeting(
  tx: Tx,
  unitId: string,
  year: number,
  groupId: string,
  meetingId: string,
) {
  const meeting = await tx.meeting.findFirst({
    where: { id: meetingId, unitId, groupId, type: "GROUP_REVIEW", year },
    select: { id: true },
  });
  if (!meeting) throw invalid({ meetingId: `Hãy chọn một cuộc họp tổ bình xét của tổ trong năm ${year}.` });
  const taken = await tx.meetingInvitee.count({ where: { meetingId, attendance: { not: null } } });
  const present = taken
    ? await tx.meetingInvitee.count({ where: { meetingId, attendance: "PRESENT", member: { groupId } } })
    : null;
  return { id: meeting.id, present };
}

/** The present count to store: the attendance's when taken, else the typed one (0..members). */
export function resolvePresentCount(fromAttendance: number | null, typed: string, members: number): number {
  if (fromAttendance !== null) return Math.min(fromAttendance, members);
  const n = toCount(typed);
  if (n === null) throw invalid({ presentCount: "Vui lòng nhập số người dự họp (cuộc họp chưa điểm danh)." });
  if (n > members)
    throw invalid({ presentCount: `Số người dự họp không được vượt số đoàn viên của tổ (${members}).` });
  return n;
}

/** The review's stored parents, in the actor's unit; only its tổ's leader gets past. */
export async function groupReviewOf(actor: Actor, reviewId: string) {
  const found = await db.groupReview.findFirst({
    where: { id: reviewId, ratingYear: { unitId: actor.unitId } },
    select: { id: true, ratingYearId: true, groupId: true },
  });
  if (!found || !leadsGroup(actor, found.groupId)) throw notFound();
  return found;
}
