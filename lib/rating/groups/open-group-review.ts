import "server-only";
// Opening a tổ's bình xét: the rating year's row lock first (lockOpenYear: serialised, refused
// once finalised), the review row linked to its meeting, the member ratings, the exclusions, the audit row.
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors";
import { ensureMemberRatings, refreshExclusions } from "@/lib/rating/refresh";
import { lockOpenYear } from "@/lib/rating/year";
import type { z } from "@/lib/validation";
import { resolvePresentCount, reviewMeeting } from "./review-rules";
import type { openGroupReviewSchema } from "./schema";
import { leadsGroup } from "./scope";

export async function openGroupReview(actor: Actor, v: z.output<typeof openGroupReviewSchema>) {
  if (!leadsGroup(actor, v.groupId)) throw notFound();
  const group = await db.group.findFirst({
    where: { id: v.groupId, unitId: actor.unitId },
    select: { id: true },
  });
  if (!group) throw notFound();
  return db.$transaction(async (tx) => {
    const r = await lockOpenYear(tx, actor.unitId, v.ratingYearId);
    const existing = await tx.groupReview.findUnique({
      where: { ratingYearId_groupId: { ratingYearId: r.id, groupId: group.id } },
      select: { id: true },
    });
    if (existing) throw conflict("Tổ đã mở bình xét năm này. Tải lại trang để xem.");
    const meeting = await reviewMeeting(tx, actor.unitId, r.year, group.id, v.meetingId);
    await ensureMemberRatings(tx, r, group.id);
    const members = await tx.memberRating.count({ where: { ratingYearId: r.id, groupId: group.id } });
    const presentCount = resolvePresentCount(meeting.present, v.presentCount, members);
    const review = await tx.groupReview.create({
      data: { ratingYearId: r.id, groupId: group.id, meetingId: meeting.id, presentCount },
      select: { id: true },
    });
    await refreshExclusions(tx, r, group.id);
    await writeAudit(tx, actor, {
      action: "rating.group-review.open",
      entityType: "GroupReview",
      entityId: review.id,
      after: { year: r.year, groupId: group.id, meetingId: meeting.id, presentCount },
    });
    return { id: review.id };
  });
}
