import "server-only";
// The tổ's record for one member: its score per criterion (EmulationScore.groupPoints and the
// giải trình), proposed level, votes, opinion, and the notes that bar titles and awards (long
// leave, discipline, administrative sanction). The notes are written first and the bar recomputed;
// discipline caps the proposed level (levelCapProblem), judged on this very save; any refusal rolls
// the whole save back. Every member is rated: a bar from titles never stops a proposal.
import { diff, writeAudit } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/current-user";
import { db, type Tx } from "@/lib/db";
import { conflict, invalid, notFound } from "@/lib/errors";
import { refreshExclusions } from "@/lib/rating/refresh";
import { levelNames, lockOpenYear } from "@/lib/rating/year";
import type { z } from "@/lib/validation";
import { reviewProblems, toCount, type memberReviewSchema } from "./schema";
import { leadsGroup, NOT_OPENED_MESSAGE, STALE_MESSAGE, SUBMITTED_MESSAGE } from "./scope";

const FIELDS = {
  proposedLevel: true,
  votesFor: true,
  votesAgainst: true,
  groupOpinion: true,
  longLeaveNote: true,
  disciplineNote: true,
  sanctionNote: true,
} as const;

export async function saveMemberReview(actor: Actor, v: Input) {
  const found = await db.memberRating.findFirst({
    where: { id: v.ratingId, ratingYear: { unitId: actor.unitId } },
    select: { id: true, ratingYearId: true, groupId: true, memberId: true },
  });
  if (!found || !leadsGroup(actor, found.groupId)) throw notFound();
  return db.$transaction(async (tx) => {
    const r = await lockOpenYear(tx, actor.unitId, found.ratingYearId);
    const review = await tx.groupReview.findUnique({
      where: { ratingYearId_groupId: { ratingYearId: r.id, groupId: found.groupId } },
      select: { state: true, presentCount: true },
    });
    if (!review) throw conflict(NOT_OPENED_MESSAGE);
    if (review.state === "SUBMITTED") throw conflict(SUBMITTED_MESSAGE);
    const before = await tx.memberRating.findUniqueOrThrow({
      where: { id: found.id },
      select: { ...FIELDS, version: true },
    });
    if (before.version !== v.version) throw conflict(STALE_MESSAGE);
    const assessment = await tx.emulationSelfAssessment.findUnique({
      where: { yearId_memberId: { yearId: r.emulationYearId, memberId: found.memberId } },
      select: {
        state: true,
        scores: {
          select: {
            id: true,
            criterionId: true,
            selfPoints: true,
            groupPoints: true,
            explanation: true,
            criterion: { select: { maxPoints: true } },
          },
        },
      },
    });
    const scored = Object.values(v.scores).some((s) => s.groupPoints !== "" || s.explanation !== "");
    if (scored && assessment?.state !== "SUBMITTED")
      throw conflict("Đoàn viên chưa nộp phiếu tự đánh giá: tổ chưa chấm điểm được.");

    const next = reviewFields(v);
    const done = await tx.memberRating.updateMany({
      where: { id: found.id, version: v.version },
      data: { ...next, version: { increment: 1 } },
    });
    if (done.count !== 1) throw conflict(STALE_MESSAGE);
    await refreshExclusions(tx, r, found.groupId);
    const { awardBarReason } = await tx.memberRating.findUniqueOrThrow({
      where: { id: found.id },
      select: { awardBarReason: true },
    });
    const scores = assessment?.state === "SUBMITTED" ? assessment.scores : [];
    const problems = reviewProblems(v, {
      presentCount: review.presentCount,
      levels: levelNames(r),
      criteria: scores.map((s) => ({
        id: s.criterionId,
        maxPoints: s.criterion.maxPoints,
        selfPoints: s.selfPoints,
      })),
      exclusion: r.exclusion,
    });
    if (Object.keys(problems).length) throw invalid(problems);

    const { scoreBefore, scoreAfter } = await writeGroupScores(tx, scores, v.scores);
    const d = diff(before, next);
    await writeAudit(tx, actor, {
      action: "rating.group-review.member",
      entityType: "MemberRating",
      entityId: found.id,
      before: { ...d.before, ...(Object.keys(scoreBefore).length ? { scores: scoreBefore } : {}) },
      after: {
        ...d.after,
        ...(Object.keys(scoreAfter).length ? { scores: scoreAfter } : {}),
        awardBarReason,
      },
    });
    return { version: v.version + 1, awardBarReason };
  });
}

type Input = z.output<typeof memberReviewSchema>;

/** The member rating's own fields, as stored: blanks become null. */
function reviewFields(v: Input) {
  return {
    proposedLevel: v.proposedLevel || null,
    votesFor: toCount(v.votesFor),
    votesAgainst: toCount(v.votesAgainst),
    groupOpinion: v.groupOpinion || null,
    longLeaveNote: v.longLeaveNote || null,
    disciplineNote: v.disciplineNote || null,
    sanctionNote: v.sanctionNote || null,
  };
}

/** The tổ's points and giải trình per criterion, written where they changed; before/after for the audit. */
async function writeGroupScores(
  tx: Tx,
  scores: { id: string; criterionId: string; groupPoints: number | null; explanation: string | null }[],
  input: Input["scores"],
) {
  const scoreBefore: Record<string, unknown> = {};
  const scoreAfter: Record<string, unknown> = {};
  for (const s of scores) {
    const given = input[s.criterionId];
    if (!given) continue;
    const groupPoints = toCount(given.groupPoints);
    const explanation = groupPoints === null ? null : given.explanation || null;
    if (groupPoints === s.groupPoints && explanation === s.explanation) continue;
    await tx.emulationScore.update({ where: { id: s.id }, data: { groupPoints, explanation } });
    scoreBefore[s.criterionId] = { groupPoints: s.groupPoints, explanation: s.explanation };
    scoreAfter[s.criterionId] = { groupPoints, explanation };
  }
  return { scoreBefore, scoreAfter };
}
