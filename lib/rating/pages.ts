// What a rating change makes stale, for createAction's `revalidate`: every page under /rating and
// under /me (the member's own level), as the actions did before decision 0062. A collective's or a
// title's change touches only its own screens.
import type { Stale } from "@/lib/action";

export const RATING_PAGES: Stale[] = [{ layout: "/rating" }];

/** The member's own pages that show their level. */
export const ME_PAGES: Stale[] = [{ layout: "/me" }];

export const COLLECTIVE_PAGES: Stale[] = [{ layout: "/rating/collectives" }];

export const TITLE_PAGES: Stale[] = ["/rating/titles"];
