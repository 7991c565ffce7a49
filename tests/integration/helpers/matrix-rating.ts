// The lib/rating rows of the action matrix (see action-matrix.ts and matrix-kit.ts): the BCH
// decision (rating.decide), the year's settings and lifecycle (rating.manage), reopening
// (rating.reopen, chủ tịch only). Each cell gets a year of its own, so finalising in one cell
// never locks another's.
import { db } from "@/lib/db";
import { ensureYear } from "./emulation-fixtures";
import { BCH, CHAIR, NOBODY, row, type MatrixRow } from "./matrix-kit";
import { bchMeeting, finalisedYear, freshRatingYear, LEVELS, membersAt, readyYear } from "./rating-fixtures";
import { SUITE_MOMENT } from "../../support/today";

/** rating.manage: the phó chủ tịch and the chủ tịch. */
const MANAGERS = { ...NOBODY, viceChair: "ok", chair: "ok" } as const;
let openSeq = 0;

export const RATING_MATRIX: Record<string, MatrixRow> = {
  "rating.decision.openRatingYearAction": row({
    permission: "rating.manage",
    scope: "unit",
    // An emulation year with no rating year yet, in the 2000–2100 range the form accepts.
    prepare: async (w) => (await ensureYear(w.unit.id, { year: 2000 + (++openSeq % 100) })).year,
    input: (year) => ({ year }),
    // The other unit has no emulation year of that number: a field error, nothing of this unit touched.
    expected: { ...MANAGERS, chairOfOtherUnit: "VALIDATION" },
  }),
  "rating.decision.decideMemberLevelAction": row({
    permission: "rating.decide",
    scope: "unit",
    prepare: async (w) => {
      const y = await freshRatingYear(w.unit.id);
      const [r] = await membersAt(w.unit.id, w.groupA.id, y.ratingYear.id, [null]);
      return r;
    },
    input: (r) => ({ memberRatingId: r.id, version: r.version, level: LEVELS.good, exceptionReason: "" }),
    expected: { ...BCH, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "rating.decision.acceptGroupProposalsAction": row({
    permission: "rating.decide",
    scope: "unit",
    prepare: async (w) => {
      const y = await freshRatingYear(w.unit.id);
      await db.groupReview.create({
        data: {
          ratingYearId: y.ratingYear.id,
          groupId: w.groupA.id,
          state: "SUBMITTED",
          submittedAt: SUITE_MOMENT,
        },
      });
      await membersAt(w.unit.id, w.groupA.id, y.ratingYear.id, [null, null], { proposedLevel: LEVELS.good });
      return y.ratingYear.id;
    },
    input: (ratingYearId, w) => ({ ratingYearId, groupId: w.groupA.id }),
    expected: { ...BCH, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "rating.decision.saveDecisionRefAction": row({
    permission: "rating.manage",
    scope: "unit",
    prepare: async (w) => {
      const y = await freshRatingYear(w.unit.id);
      return { y, meeting: await bchMeeting(w.unit.id, y.year) };
    },
    input: ({ y, meeting }) => ({
      ratingYearId: y.ratingYear.id,
      meetingId: meeting.id,
      decisionRef: "07/NQ-CĐCS",
      decidedOn: `22/12/${y.year}`,
    }),
    expected: { ...MANAGERS, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "rating.settings.saveRatingSettingsAction": row({
    permission: "rating.manage",
    scope: "unit",
    prepare: (w) => freshRatingYear(w.unit.id),
    input: (y) => ({
      ratingYearId: y.ratingYear.id,
      quotaMode: "BLOCK",
      quotaPercent: 25,
      quotaBasisPosition: 1,
      minMonthsInUnit: 6,
      excludeLongLeave: true,
      excludeDisciplined: true,
      requireRegistration: false,
      excludeSanctioned: true,
      disciplineCapPosition: 2,
      cdcsMayCommend: false,
      publishList: true,
    }),
    expected: { ...MANAGERS, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "rating.decision.finaliseRatingYearAction": row({
    permission: "rating.manage",
    scope: "unit",
    prepare: (w) => readyYear(w.unit.id, w.groupA.id),
    // The fixture has the members' levels only: the rest of the checklist is overridden with a reason.
    input: (y) => ({ ratingYearId: y.ratingYear.id, overrideReason: "Cấp trên yêu cầu nộp kết quả sớm" }),
    expected: { ...MANAGERS, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "rating.decision.publishRatingYearAction": row({
    permission: "rating.manage",
    scope: "unit",
    prepare: (w) => finalisedYear(w.unit.id, w.groupA.id),
    input: (y) => ({ ratingYearId: y.ratingYear.id }),
    expected: { ...MANAGERS, chairOfOtherUnit: "NOT_FOUND" },
  }),
  "rating.decision.reopenRatingYearAction": row({
    permission: "rating.reopen",
    scope: "unit",
    prepare: (w) => finalisedYear(w.unit.id, w.groupA.id, { published: true }),
    input: (y) => ({
      ratingYearId: y.ratingYear.id,
      reason: "Sửa sai sót mức xếp loại của một đoàn viên",
      confirmUnpublish: true,
    }),
    expected: { ...CHAIR, chairOfOtherUnit: "NOT_FOUND" },
  }),
};

export const RATING_NOT_COVERED: Record<string, string> = {};
