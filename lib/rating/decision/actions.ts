"use server";
// Every mutation of the BCH decision screen, the settings and the year's lifecycle:
// legacyAction (session → permission → zod) around a handler that locks the year and audits.
import { revalidatePath } from "next/cache";
import { legacyAction } from "@/lib/action";
import { acceptProposals as accept } from "./accept-group-proposals";
import { decideLevel as decide } from "./decide-member-level";
import { saveDecisionRef as decisionRef } from "./save-decision-ref";
import { finaliseYear as finalise, publishYear as publish, reopenYear as reopen } from "./finalise-rating-year";
import { openRatingYear as open } from "./open-rating-year";
import { saveRatingSettings as settings } from "../settings/save-rating-settings";
import {
  acceptProposalsSchema,
  decideLevelSchema,
  decisionRefSchema,
  openRatingYearSchema,
  ratingSettingsSchema,
  reopenSchema,
  yearIdSchema,
} from "../schema";

const refresh = <T>(result: T) => {
  revalidatePath("/rating", "layout");
  revalidatePath("/me", "layout");
  return result;
};

export const openRatingYear = legacyAction(
  {
    name: "rating.year.open",
    permission: "rating.manage",
    schema: openRatingYearSchema,
    uniqueFields: { year: "Năm này đã mở đánh giá, xếp loại." },
  },
  async (v, actor) => refresh(await open(v, actor)),
);

export const decideMemberLevel = legacyAction(
  { name: "rating.member.decide", permission: "rating.decide", schema: decideLevelSchema },
  async (v, actor) => refresh(await decide(v, actor)),
);

export const acceptGroupProposals = legacyAction(
  { name: "rating.member.accept-proposals", permission: "rating.decide", schema: acceptProposalsSchema },
  async (v, actor) => refresh(await accept(v, actor)),
);

export const saveDecisionRef = legacyAction(
  { name: "rating.year.decision-ref", permission: "rating.manage", schema: decisionRefSchema },
  async (v, actor) => refresh(await decisionRef(v, actor)),
);

export const saveRatingSettings = legacyAction(
  { name: "rating.year.settings", permission: "rating.manage", schema: ratingSettingsSchema },
  async (v, actor) => refresh(await settings(v, actor)),
);

export const finaliseRatingYear = legacyAction(
  { name: "rating.year.finalise", permission: "rating.manage", schema: yearIdSchema },
  async (v, actor) => refresh(await finalise(v, actor)),
);

export const publishRatingYear = legacyAction(
  { name: "rating.year.publish", permission: "rating.manage", schema: yearIdSchema },
  async (v, actor) => refresh(await publish(v, actor)),
);

export const reopenRatingYear = legacyAction(
  { name: "rating.year.reopen", permission: "rating.reopen", schema: reopenSchema },
  async (v, actor) => refresh(await reopen(v, actor)),
);
