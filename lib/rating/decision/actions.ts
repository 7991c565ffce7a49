"use server";
// The BCH's decision board at /rating and the year's lifecycle: createAction (session →
// permission → zod → operation → revalidate) around operations that lock the year and audit.
import { createAction } from "@/lib/action";
import { ME_PAGES, RATING_PAGES } from "../pages";
import {
  acceptProposalsSchema,
  decideLevelSchema,
  decisionRefSchema,
  openRatingYearSchema,
  yearIdSchema,
} from "../schema";
import { acceptGroupProposals } from "./accept-group-proposals";
import { decideMemberLevel } from "./decide-member-level";
import { finaliseRatingYear } from "./finalise-rating-year";
import { openRatingYear } from "./open-rating-year";
import { publishRatingYear } from "./publish-rating-year";
import { reopenRatingYear } from "./reopen-rating-year";
import { saveDecisionRef } from "./save-decision-ref";
import { finaliseSchema, reopenSchema } from "./schema";

export const openRatingYearAction = createAction(
  {
    name: "rating.year.open",
    permission: "rating.manage",
    schema: openRatingYearSchema,
    uniqueFields: { year: "Năm này đã mở đánh giá, xếp loại." },
    revalidate: [...RATING_PAGES, ...ME_PAGES],
  },
  openRatingYear,
);

export const decideMemberLevelAction = createAction(
  {
    name: "rating.member.decide",
    permission: "rating.decide",
    schema: decideLevelSchema,
    revalidate: [...RATING_PAGES, ...ME_PAGES],
  },
  decideMemberLevel,
);

export const acceptGroupProposalsAction = createAction(
  {
    name: "rating.member.accept-proposals",
    permission: "rating.decide",
    schema: acceptProposalsSchema,
    revalidate: [...RATING_PAGES, ...ME_PAGES],
  },
  acceptGroupProposals,
);

export const saveDecisionRefAction = createAction(
  {
    name: "rating.year.decision-ref",
    permission: "rating.manage",
    schema: decisionRefSchema,
    revalidate: [...RATING_PAGES, ...ME_PAGES],
  },
  saveDecisionRef,
);

export const finaliseRatingYearAction = createAction(
  {
    name: "rating.year.finalise",
    permission: "rating.manage",
    schema: finaliseSchema,
    revalidate: [...RATING_PAGES, ...ME_PAGES],
  },
  finaliseRatingYear,
);

export const publishRatingYearAction = createAction(
  {
    name: "rating.year.publish",
    permission: "rating.manage",
    schema: yearIdSchema,
    revalidate: [...RATING_PAGES, ...ME_PAGES],
  },
  publishRatingYear,
);

export const reopenRatingYearAction = createAction(
  {
    name: "rating.year.reopen",
    permission: "rating.reopen",
    schema: reopenSchema,
    revalidate: [...RATING_PAGES, ...ME_PAGES],
  },
  reopenRatingYear,
);
