import "server-only";
// The year a rating page shows (pageYear: ?year= when it is a plausible year, else this year in
// Vietnam), the unit's rating of that year, and the years it has.
import type { Actor } from "@/lib/auth/current-user";
import { pageYear } from "@/lib/http/params";
import { findRatingYear, listRatingYears } from "./year";

export async function resolveRatingYear(actor: Actor, raw: string | undefined) {
  const year = pageYear(raw);
  const [r, years] = await Promise.all([findRatingYear(actor.unitId, year), listRatingYears(actor.unitId)]);
  return { year, r, years: years.map((y) => y.year) };
}
