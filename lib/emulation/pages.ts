// What an emulation change makes stale, for createAction's `revalidate`: every page under
// /emulation (the BCH's screens) and under /me (the todo card, the registration, the self-assessment).
import type { Stale } from "@/lib/action";

export const EMULATION_PAGES: Stale[] = [{ layout: "/emulation" }, { layout: "/me" }];
