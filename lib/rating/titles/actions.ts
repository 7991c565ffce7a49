"use server";
// Bình xét thi đua at /rating/titles: createAction (session → permission → zod → operation →
// revalidate) around operations that lock the rating year and audit inside their transaction.
import { createAction } from "@/lib/action";
import { TITLE_PAGES } from "../pages";
import { achieveFilteredTitles } from "./achieve-filtered-titles";
import { decideTitleAward } from "./decide-title-award";
import { achieveFilteredSchema, decideTitleSchema } from "./schema";

export const decideTitleAwardAction = createAction(
  {
    name: "rating.title.decide",
    permission: "rating.decide",
    schema: decideTitleSchema,
    revalidate: TITLE_PAGES,
  },
  decideTitleAward,
);

export const achieveFilteredTitlesAction = createAction(
  {
    name: "rating.title.achieve-all",
    permission: "rating.decide",
    schema: achieveFilteredSchema,
    revalidate: TITLE_PAGES,
  },
  achieveFilteredTitles,
);
