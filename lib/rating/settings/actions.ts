"use server";
// /rating/settings: the year's quota, exclusion, awards and publication settings.
import { createAction } from "@/lib/action";
import { ME_PAGES, RATING_PAGES } from "../pages";
import { ratingSettingsSchema } from "../schema";
import { saveRatingSettings } from "./save-rating-settings";

export const saveRatingSettingsAction = createAction(
  {
    name: "rating.year.settings",
    permission: "rating.manage",
    schema: ratingSettingsSchema,
    revalidate: [...RATING_PAGES, ...ME_PAGES],
  },
  saveRatingSettings,
);
