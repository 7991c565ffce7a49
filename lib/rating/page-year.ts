import "server-only";
// The year a rating page shows (pageYear: ?year= when it is a plausible year, else the unit's
// current cycle year: this calendar year, or the năm học today falls in), the unit's rating of
// that year, the years it has, and the cycle to label them with (lib/settings/cycle.ts).
import type { Actor } from "@/lib/auth/current-user";
import { pageYear } from "@/lib/http/params";
import { type Cycle, cycleYearLinks } from "@/lib/settings/cycle";
import { currentCycleYear, cycleOfYear } from "@/lib/settings/unit-cycle";
import { findRatingYear, listRatingYears } from "./year";

export async function resolveRatingYear(actor: Actor, raw: string | undefined) {
  const year = pageYear(raw, await currentCycleYear(actor.unitId));
  const [r, years, cycle] = await Promise.all([
    findRatingYear(actor.unitId, year),
    listRatingYears(actor.unitId),
    cycleOfYear(actor.unitId, year),
  ]);
  return { year, r, years: years.map((y) => y.year), cycle };
}

/** Fills a parsed `year` the page could not read with the unit's current cycle year. */
export async function withCycleYear<T extends { year?: number }>(
  unitId: string,
  p: T,
): Promise<T & { year: number }> {
  return { ...p, year: p.year ?? (await currentCycleYear(unitId)) };
}

/**
 * The year pills of a rating page (components/year-links.tsx): the year before, each opened year
 * and the year after, newest first, each a link to the same page of that year.
 */
export function ratingYearLinks(
  basePath: string,
  p: { year: number; years: readonly number[]; cycle: Cycle },
) {
  const years = [...new Set([...p.years, p.year - 1, p.year, p.year + 1])]
    .filter((y) => y >= 2000 && y <= 2100)
    .sort((a, b) => b - a);
  return {
    ...cycleYearLinks(p.cycle),
    caption: p.cycle.kind === "school" ? "Năm học" : "Năm",
    years,
    year: p.year,
    href: (y: number) => `${basePath}?year=${y}`,
  };
}
