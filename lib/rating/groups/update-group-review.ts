import "server-only";
// Updating a tổ's draft bình xét: its meeting, the number present (never below the votes already cast) and remarks.
import { diff, writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, invalid } from "@/lib/errors";
import { lockOpenYear } from "@/lib/rating/year";
import type { z } from "@/lib/validation";
import { resolvePresentCount, groupReviewOf, reviewMeeting } from "./review-rules";
import type { updateGroupReviewSchema } from "./schema";
import { STALE_MESSAGE, SUBMITTED_MESSAGE } from "./scope";

export async function updateGroupReview(actor: Actor, v: z.output<typeof updateGroupReviewSchema>) {
  const found = await groupReviewOf(actor, v.reviewId);
  return db.$transaction(async (tx) => {
    const r = await lockOpenYear(tx, actor.unitId, found.ratingYearId);
    const before = await tx.groupReview.findUniqueOrThrow({
      where: { id: found.id },
      select: { state: true, version: true, meetingId: true, presentCount: true, remarks: true },
    });
    if (before.state === "SUBMITTED") throw conflict(SUBMITTED_MESSAGE);
    if (before.version !== v.version) throw conflict(STALE_MESSAGE);
    const meeting = await reviewMeeting(tx, actor.unitId, r.year, found.groupId, v.meetingId);
    const votes = await tx.memberRating.findMany({
      where: { ratingYearId: r.id, groupId: found.groupId },
      select: { votesFor: true, votesAgainst: true },
    });
    const presentCount = resolvePresentCount(meeting.present, v.presentCount, votes.length);
    const most = Math.max(0, ...votes.map((x) => (x.votesFor ?? 0) + (x.votesAgainst ?? 0)));
    if (presentCount < most)
      throw invalid({
        presentCount: `Đã có đoàn viên được biểu quyết ${most} phiếu: số người dự họp không thể nhỏ hơn.`,
      });
    const next = { meetingId: meeting.id, presentCount, remarks: v.remarks || null };
    const done = await tx.groupReview.updateMany({
      where: { id: found.id, version: v.version, state: "DRAFT" },
      data: { ...next, version: { increment: 1 } },
    });
    if (done.count !== 1) throw conflict(STALE_MESSAGE);
    const d = diff(before, next);
    await writeAudit(tx, actor, {
      action: "rating.group-review.update",
      entityType: "GroupReview",
      entityId: found.id,
      before: d.before,
      after: d.after,
    });
    return { version: v.version + 1 };
  });
}
