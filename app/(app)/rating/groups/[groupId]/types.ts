// The plain data the review page hands to its client parts.
export type CriterionView = { id: string; groupName: string; content: string; maxPoints: number };
export type LevelView = { name: string; minPoints: number };
export type ScoreView = {
  criterionId: string;
  selfPoints: number;
  groupPoints: number | null;
  explanation: string | null;
};
export type MemberRowView = {
  id: string;
  version: number;
  proposedLevel: string | null;
  votesFor: number | null;
  votesAgainst: number | null;
  groupOpinion: string | null;
  longLeaveNote: string | null;
  disciplineNote: string | null;
  sanctionNote: string | null;
  /** Legacy "not rated" (finalised years only). */
  excludedReason: string | null;
  /** Why the member is not considered for titles and awards; the member is still rated. */
  awardBarReason: string | null;
  member: { id: string; fullName: string; jobTitle: string | null };
  assessment: {
    state: "DRAFT" | "SUBMITTED";
    comment: string | null;
    totalPoints: number;
    proposedLevel: string | null;
    scores: ScoreView[];
  } | null;
};
