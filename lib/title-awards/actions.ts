"use server";
// Bình xét thi đua: createAction (session → permission → zod) around handlers that lock the
// rating year and audit inside their transaction.
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import { achieveFiltered, decideTitle } from "./handlers";
import { achieveFilteredSchema, decideTitleSchema } from "./schema";

const refresh = <T>(result: T) => {
  revalidatePath("/rating/titles");
  return result;
};

export const decideTitleAward = createAction(
  { name: "rating.title.decide", permission: "rating.decide", schema: decideTitleSchema },
  async (v, actor) => refresh(await decideTitle(v, actor)),
);

export const achieveFilteredTitles = createAction(
  { name: "rating.title.achieve-all", permission: "rating.decide", schema: achieveFilteredSchema },
  async (v, actor) => refresh(await achieveFiltered(v, actor)),
);
