"use server";
// Tổ and CĐCS ratings: legacyAction (session → permission → zod) around handlers that lock the
// rating year and audit inside their transaction.
import { revalidatePath } from "next/cache";
import { legacyAction } from "@/lib/action";
import { decideGroupLevel as decideGroup, saveGroupSelfScore as saveGroup } from "./save-group-self-score";
import { saveCollectiveTemplate as saveTemplate } from "./save-collective-template";
import { saveUnitReview as saveReview, saveUnitSelfScore as saveUnit } from "./save-unit-self-score";
import {
  collectiveTemplateSchema,
  groupDecisionSchema,
  groupSelfScoreSchema,
  unitReviewSchema,
  unitSelfScoreSchema,
} from "./schema";

const refresh = <T>(result: T) => {
  revalidatePath("/rating/collectives", "layout");
  return result;
};

export const saveCollectiveTemplate = legacyAction(
  { name: "rating.collective.template", permission: "rating.manage", schema: collectiveTemplateSchema },
  async (v, actor) => refresh(await saveTemplate(v, actor)),
);

export const saveGroupSelfScore = legacyAction(
  { name: "rating.collective.group.self", permission: "rating.review.group", schema: groupSelfScoreSchema },
  async (v, actor) => refresh(await saveGroup(v, actor)),
);

export const decideGroupLevel = legacyAction(
  { name: "rating.collective.group.decide", permission: "rating.decide", schema: groupDecisionSchema },
  async (v, actor) => refresh(await decideGroup(v, actor)),
);

export const saveUnitSelfScore = legacyAction(
  { name: "rating.collective.unit.self", permission: "rating.decide", schema: unitSelfScoreSchema },
  async (v, actor) => refresh(await saveUnit(v, actor)),
);

export const saveUnitReview = legacyAction(
  { name: "rating.collective.unit.review", permission: "rating.manage", schema: unitReviewSchema },
  async (v, actor) => refresh(await saveReview(v, actor)),
);
