import "server-only";
// The BCH's final level for one member, under the quota. Runs after lockOpenYear, so concurrent
// decisions queue behind each other and each sees the counts of every earlier one.
import { writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { conflict, invalid, notFound } from "@/lib/errors";
import { unitLevelCounts } from "../counts";
import { levelCapProblem } from "../exclusions";
import { moveCount, quotaUsage, verdictFor } from "../quota";
import { quotaMessage } from "../quota-text";
import { EXCEPTION_MIN } from "../schema";
import { levelNames, lockOpenYear } from "../year";

type Input = { memberRatingId: string; version: number; level: string; exceptionReason: string };

export async function decideMemberLevel(actor: Actor, v: Input) {
  const found = await db.memberRating.findFirst({
    where: { id: v.memberRatingId, ratingYear: { unitId: actor.unitId } },
    select: { id: true, ratingYearId: true },
  });
  if (!found) throw notFound();
  return db.$transaction(async (tx) => {
    const r = await lockOpenYear(tx, actor.unitId, found.ratingYearId);
    const cur = await tx.memberRating.findUniqueOrThrow({
      where: { id: found.id },
      select: {
        id: true,
        memberId: true,
        version: true,
        finalLevel: true,
        exceptionReason: true,
        excludedReason: true,
        disciplineNote: true,
      },
    });
    if (cur.version !== v.version)
      throw conflict(
        "Mức xếp loại của đoàn viên này vừa được người khác thay đổi. Hãy tải lại trang để xem mức mới.",
      );
    if (cur.excludedReason)
      throw invalid(
        { level: `Đoàn viên này không xếp loại: ${cur.excludedReason}.` },
        "Đoàn viên này không xếp loại.",
      );
    const to = v.level || null;
    if (to && !levelNames(r).includes(to))
      throw invalid({ level: "Mức này không có trong thang xếp loại của năm." });
    const capped = levelCapProblem(to, cur, r.exclusion, levelNames(r));
    if (capped) throw invalid({ level: capped }, capped);
    const counts = await unitLevelCounts(tx, r.id);
    const verdict = verdictFor(counts, cur.finalLevel, to, r.levels, r.quota);
    const after = quotaUsage(moveCount(counts, cur.finalLevel, to), r.levels, r.quota);
    if (verdict === "blocked")
      throw invalid({ level: quotaMessage(after, r, "block") }, "Vượt tỉ lệ: không lưu được mức này.");
    const reason = v.exceptionReason.trim();
    if (verdict === "needs-justification" && reason.length < EXCEPTION_MIN) {
      throw invalid(
        { exceptionReason: quotaMessage(after, r, "warn") },
        "Vượt tỉ lệ: cần giải trình ngoại lệ.",
      );
    }
    // A justification belongs to a top-level decision; taking the member off the top drops it.
    const isTop = to !== null && to === r.levels[0]?.name;
    const exceptionReason = !isTop
      ? null
      : reason.length >= EXCEPTION_MIN
        ? reason
        : to === cur.finalLevel
          ? cur.exceptionReason
          : null;
    const updated = await tx.memberRating.update({
      where: { id: cur.id },
      data: {
        finalLevel: to,
        exceptionReason,
        decidedAt: to ? new Date() : null,
        decidedById: to ? actor.userId : null,
        version: { increment: 1 },
      },
      select: { id: true, version: true, finalLevel: true, exceptionReason: true },
    });
    await writeAudit(tx, actor, {
      action: verdict === "needs-justification" ? "rating.member.decide.exception" : "rating.member.decide",
      entityType: "MemberRating",
      entityId: cur.id,
      before: { finalLevel: cur.finalLevel, exceptionReason: cur.exceptionReason },
      after: { finalLevel: to, exceptionReason, memberId: cur.memberId, year: r.year },
    });
    return updated;
  });
}
