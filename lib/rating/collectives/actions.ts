"use server";
// Tổ and CĐCS ratings at /rating/collectives: createAction (session → permission → zod →
// operation → revalidate) around operations that lock the rating year and audit inside their transaction.
import { createAction } from "@/lib/action";
import { COLLECTIVE_PAGES } from "../pages";
import { decideGroupLevel } from "./decide-group-level";
import { saveCollectiveTemplate } from "./save-collective-template";
import { saveGroupSelfScore } from "./save-group-self-score";
import { saveUnitAppraisal } from "./save-unit-appraisal";
import { saveUnitSelfScore } from "./save-unit-self-score";
import {
  collectiveTemplateSchema,
  groupDecisionSchema,
  groupSelfScoreSchema,
  unitAppraisalSchema,
  unitSelfScoreSchema,
} from "./schema";

export const saveCollectiveTemplateAction = createAction(
  {
    name: "rating.collective.template",
    permission: "rating.manage",
    schema: collectiveTemplateSchema,
    revalidate: COLLECTIVE_PAGES,
  },
  saveCollectiveTemplate,
);

export const saveGroupSelfScoreAction = createAction(
  {
    name: "rating.collective.group.self",
    permission: "rating.review.group",
    schema: groupSelfScoreSchema,
    revalidate: (v) => [...COLLECTIVE_PAGES, `/rating/collectives/groups/${v.groupId}`],
  },
  saveGroupSelfScore,
);

export const decideGroupLevelAction = createAction(
  {
    name: "rating.collective.group.decide",
    permission: "rating.decide",
    schema: groupDecisionSchema,
    revalidate: (v) => [...COLLECTIVE_PAGES, `/rating/collectives/groups/${v.groupId}`],
  },
  decideGroupLevel,
);

export const saveUnitSelfScoreAction = createAction(
  {
    name: "rating.collective.unit.self",
    permission: "rating.decide",
    schema: unitSelfScoreSchema,
    revalidate: COLLECTIVE_PAGES,
  },
  saveUnitSelfScore,
);

export const saveUnitAppraisalAction = createAction(
  {
    name: "rating.collective.unit.review",
    permission: "rating.manage",
    schema: unitAppraisalSchema,
    revalidate: COLLECTIVE_PAGES,
  },
  saveUnitAppraisal,
);
