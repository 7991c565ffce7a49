"use server";
// Bình xét thi đua: legacyAction (session → permission → zod) around handlers that lock the
// rating year and audit inside their transaction.
import { revalidatePath } from "next/cache";
import { legacyAction } from "@/lib/action";
import { achieveFiltered, decideTitle } from "./decide-title-award";
import { achieveFilteredSchema, decideTitleSchema } from "./schema";

const refresh = <T>(result: T) => {
  revalidatePath("/rating/titles");
  return result;
};

export const decideTitleAward = legacyAction(
  { name: "rating.title.decide", permission: "rating.decide", schema: decideTitleSchema },
  async (v, actor) => refresh(await decideTitle(v, actor)),
);

export const achieveFilteredTitles = legacyAction(
  { name: "rating.title.achieve-all", permission: "rating.decide", schema: achieveFilteredSchema },
  async (v, actor) => refresh(await achieveFiltered(v, actor)),
);
