import "server-only";
// Opening, updating and submitting a tổ review. Every write: the rating year's row lock first
// (lockOpenYear: serialised, refused once finalised), the change, the exclusions, the audit row.
import { diff, writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, invalid, notFound } from "@/lib/errors";
import { ensureMemberRatings, refreshExclusions } from "@/lib/rating/refresh";
import { lockOpenYear } from "@/lib/rating/year";
import type { z } from "@/lib/validation";
import { leadsGroup, STALE_MESSAGE, SUBMITTED_MESSAGE } from "./scope";
import { resolvePresentCount, reviewMeeting } from "./review-rules";
import type { openReviewSchema, submitReviewSchema, updateReviewSchema } from "./schema";

export async function openGroupReview(v: z.output<typeof openReviewSchema>, actor: Actor) {
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

/** The review's stored parents, in the actor's unit; only its tổ's leader gets past. */
async function reviewFor(actor: Actor, reviewId: string) {
  const found = await db.groupReview.findFirst({
    where: { id: reviewId, ratingYear: { unitId: actor.unitId } },
    select: { id: true, ratingYearId: true, groupId: true },
  });
  if (!found || !leadsGroup(actor, found.groupId)) throw notFound();
  return found;
}

export async function updateGroupReview(v: z.output<typeof updateReviewSchema>, actor: Actor) {
  const found = await reviewFor(actor, v.reviewId);
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

export async function submitGroupReview(v: z.output<typeof submitReviewSchema>, actor: Actor) {
  const found = await reviewFor(actor, v.reviewId);
  return db.$transaction(async (tx) => {
    const r = await lockOpenYear(tx, actor.unitId, found.ratingYearId);
    const review = await tx.groupReview.findUniqueOrThrow({
      where: { id: found.id },
      select: { state: true, version: true },
    });
    if (review.state === "SUBMITTED") throw conflict("Tổ đã gửi đề xuất từ trước.");
    if (review.version !== v.version) throw conflict(STALE_MESSAGE);
    await ensureMemberRatings(tx, r, found.groupId);
    await refreshExclusions(tx, r, found.groupId);
    const missing = await tx.memberRating.count({
      where: {
        ratingYearId: r.id,
        groupId: found.groupId,
        excludedReason: null,
        OR: [{ proposedLevel: null }, { votesFor: null }, { votesAgainst: null }],
      },
    });
    if (missing)
      throw conflict(
        `Còn ${missing} đoàn viên chưa có mức đề xuất và số phiếu biểu quyết. Hãy hoàn thành trước khi gửi đề xuất của tổ.`,
      );
    const submittedAt = new Date();
    const done = await tx.groupReview.updateMany({
      where: { id: found.id, version: v.version, state: "DRAFT" },
      data: { state: "SUBMITTED", submittedAt, submittedById: actor.userId, version: { increment: 1 } },
    });
    if (done.count !== 1) throw conflict(STALE_MESSAGE);
    const proposals = await tx.memberRating.count({
      where: { ratingYearId: r.id, groupId: found.groupId, excludedReason: null },
    });
    await writeAudit(tx, actor, {
      action: "rating.group-review.submit",
      entityType: "GroupReview",
      entityId: found.id,
      before: { state: "DRAFT" },
      after: { state: "SUBMITTED", submittedAt, proposals },
    });
    return { id: found.id, proposals };
  });
}
