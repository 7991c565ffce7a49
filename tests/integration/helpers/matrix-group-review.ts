// The lib/rating/groups rows (the tổ's bình xét) of the action matrix (see action-matrix.ts and matrix-kit.ts).
// Only the leader of the tổ writes its review: the BCH (who hold rating.review.group through the
// chủ tịch's full table, or lack it) and another tổ's leader get not found / forbidden.
import { db } from "@/lib/db";
import { ensureMemberRatings } from "@/lib/rating/refresh";
import { NOBODY, next, row, type MatrixRow } from "./matrix-kit";
import { makeReviewMeeting, openedReview, ensureRatingYear, ratedMember } from "./rating-fixtures";

const LEADER_A = {
  ...NOBODY,
  leaderSameGroup: "ok",
  leaderOtherGroup: "NOT_FOUND",
  chair: "NOT_FOUND",
  chairOfOtherUnit: "NOT_FOUND",
} as const;
/** A year of its own per cell: a tổ has one review per year. */
const freshYear = () => 1900 + next();

export const GROUP_REVIEW_MATRIX: Record<string, MatrixRow> = {
  "rating.groups.openGroupReviewAction": row({
    permission: "rating.review.group",
    scope: "own tổ",
    prepare: async (w) => {
      const year = freshYear();
      const { ratingYear } = await ensureRatingYear(w.unit.id, year);
      return { ratingYear, meeting: await makeReviewMeeting(w.unit.id, w.groupA.id, year) };
    },
    input: ({ ratingYear, meeting }, w) => ({
      ratingYearId: ratingYear.id,
      groupId: w.groupA.id,
      meetingId: meeting.id,
      presentCount: "2",
    }),
    expected: LEADER_A,
  }),
  "rating.groups.updateGroupReviewAction": row({
    permission: "rating.review.group",
    scope: "own tổ",
    prepare: (w) => openedReview(w.unit.id, w.groupA.id, freshYear()),
    input: ({ review }) => ({
      reviewId: review.id,
      version: review.version,
      meetingId: review.meetingId,
      presentCount: "0",
      remarks: "Tổ họp đủ thành phần, không khí dân chủ.",
    }),
    expected: LEADER_A,
  }),
  "rating.groups.saveMemberReviewAction": row({
    permission: "rating.review.group",
    scope: "own tổ",
    prepare: async (w) => {
      await openedReview(w.unit.id, w.groupA.id);
      return ratedMember(w.unit.id, w.groupA.id);
    },
    input: ({ rating, criteria }) => ({
      ratingId: rating.id,
      version: rating.version,
      proposedLevel: "Hoàn thành tốt nhiệm vụ",
      votesFor: "6",
      votesAgainst: "1",
      groupOpinion: "Nhiệt tình, trách nhiệm.",
      longLeaveNote: "",
      disciplineNote: "",
      scores: { [criteria[0].id]: { groupPoints: "6", explanation: "Còn chậm nộp hồ sơ chuyên môn" } },
    }),
    expected: LEADER_A,
  }),
  "rating.groups.submitGroupReviewAction": row({
    permission: "rating.review.group",
    scope: "own tổ",
    // A fresh year: every member of the tổ is rated (no registration bars titles only), so each
    // gets the tổ's proposal and vote first.
    prepare: async (w) => {
      const opened = await openedReview(w.unit.id, w.groupA.id, freshYear());
      const ry = await db.ratingYear.findUniqueOrThrow({ where: { id: opened.review.ratingYearId } });
      await db.$transaction((tx) => ensureMemberRatings(tx, ry, w.groupA.id));
      await db.memberRating.updateMany({
        where: { ratingYearId: ry.id, groupId: w.groupA.id },
        data: { proposedLevel: "Hoàn thành tốt nhiệm vụ", votesFor: 5, votesAgainst: 0 },
      });
      return opened;
    },
    input: ({ review }) => ({ reviewId: review.id, version: review.version }),
    expected: LEADER_A,
  }),
};

export const GROUP_REVIEW_NOT_COVERED: Record<string, string> = {};
