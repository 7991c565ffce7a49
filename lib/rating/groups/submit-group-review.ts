import "server-only";
// Submitting a tổ's bình xét: every rated member needs a proposed level and the votes; the
// review becomes SUBMITTED and its proposals wait for the BCH on /rating.
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { ensureMemberRatings, refreshExclusions } from "@/lib/rating/refresh";
import { lockOpenYear } from "@/lib/rating/year";
import type { z } from "@/lib/validation";
import { groupReviewOf } from "./review-rules";
import type { submitGroupReviewSchema } from "./schema";
import { STALE_MESSAGE } from "./scope";

export async function submitGroupReview(actor: Actor, v: z.output<typeof submitGroupReviewSchema>) {
  const found = await groupReviewOf(actor, v.reviewId);
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
