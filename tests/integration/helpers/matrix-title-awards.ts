// The lib/rating/titles rows of the action matrix (see action-matrix.ts and matrix-kit.ts).
import { BCH, row, type MatrixRow } from "./matrix-kit";
import { registeredForTitles } from "./rating-fixtures";

// Bình xét thi đua is the BCH's (rating.decide); another unit's rating year is not found.
const DECIDERS = { ...BCH, chairOfOtherUnit: "NOT_FOUND" } as const;

export const TITLE_AWARDS_MATRIX: Record<string, MatrixRow> = {
  "rating.titles.decideTitleAwardAction": row({
    permission: "rating.decide",
    scope: "unit",
    prepare: (w) => registeredForTitles(w.unit.id, w.groupA.id, 2026, ["Lao động tiên tiến"]),
    input: (f) => ({
      ratingYearId: f.ratingYear.id,
      registrationId: f.reg.id,
      titleId: f.titleId("Lao động tiên tiến"),
      result: "ACHIEVED",
      reason: "",
      commendationId: "",
      version: null,
    }),
    expected: DECIDERS,
  }),
  "rating.titles.achieveFilteredTitlesAction": row({
    permission: "rating.decide",
    scope: "unit",
    prepare: (w) =>
      registeredForTitles(w.unit.id, w.groupA.id, 2026, ["Lao động tiên tiến", "Chiến sĩ thi đua cơ sở"]),
    input: (f, w) => ({ ratingYearId: f.ratingYear.id, groupId: w.groupA.id, titleId: "", q: "" }),
    expected: DECIDERS,
  }),
};

export const TITLE_AWARDS_NOT_COVERED: Record<string, string> = {};
