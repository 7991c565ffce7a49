"use server";
// The cấp trên's awards at /org/awards: createAction (session → permission → zod → operation →
// revalidate) around operations that scope by the subtree, lock their rows and audit.
import { createAction } from "@/lib/action";
import { AWARD_PAGES } from "../pages";
import { decideAwardProposal } from "./decide-award-proposal";
import { issueAwardDecision } from "./issue-award-decision";
import { revokeAwardLines } from "./revoke-award-lines";
import { decideProposalSchema, issueDecisionSchema, revokeLinesSchema } from "./schema";

export const decideAwardProposalAction = createAction(
  {
    name: "org.awards.decide",
    permission: "org.awards.decide",
    schema: decideProposalSchema,
    revalidate: AWARD_PAGES,
  },
  decideAwardProposal,
);

export const issueAwardDecisionAction = createAction(
  {
    name: "org.awards.issue",
    permission: "org.awards.decide",
    schema: issueDecisionSchema,
    revalidate: AWARD_PAGES,
  },
  issueAwardDecision,
);

export const revokeAwardLinesAction = createAction(
  {
    name: "org.awards.revoke",
    permission: "org.awards.decide",
    schema: revokeLinesSchema,
    revalidate: AWARD_PAGES,
  },
  revokeAwardLines,
);
