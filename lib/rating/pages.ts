// The pages a rating change makes stale, for createAction's `revalidate`. Before decision 0062
// the actions revalidated the layouts ("/rating", "/me"); createAction names pages, so these
// list the pages under them that show the rating. A tổ's or a collective's own page is added
// by the action that knows its id.
export const RATING_PAGES = [
  "/rating",
  "/rating/settings",
  "/rating/groups",
  "/rating/collectives",
  "/rating/collectives/unit",
  "/rating/collectives/template",
  "/rating/titles",
];

/** The member's own pages that show their level. */
export const ME_PAGES = ["/me", "/me/rating"];

export const COLLECTIVE_PAGES = [
  "/rating/collectives",
  "/rating/collectives/unit",
  "/rating/collectives/template",
];

export const TITLE_PAGES = ["/rating/titles"];
