import "server-only";
import type { Actor } from "@/lib/auth/current-user";
import * as clock from "@/lib/clock";
// The year a rating page shows: ?year= when it is a plausible year, else this year in Vietnam.
import { findRatingYear, listRatingYears } from "./year";

export function parseYear(raw: string | undefined): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : clock.thisYear();
}

export async function resolveRatingYear(actor: Actor, raw: string | undefined) {
  const year = parseYear(raw);
  const [r, years] = await Promise.all([findRatingYear(actor.unitId, year), listRatingYears(actor.unitId)]);
  return { year, r, years: years.map((y) => y.year) };
}
