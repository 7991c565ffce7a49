import "server-only";
// The unit's cycle as of a date, from its dated settings "cycle.kind" and "cycle.start"
// (lib/settings/cycle.ts has the rules; docs/decisions/0065-school-year-cycle.md the choices).
import { cache } from "react";
import * as clock from "@/lib/clock";
import { cycleFrom, cycleYearOf, type Cycle } from "./cycle";
import { getSetting } from "./queries";
import { toIsoDate } from "./service";

/** Read once per request and day: a page, its metadata and its components share the answer. */
const cycleOn = cache(async (unitId: string, on: string): Promise<Cycle> => {
  const [kind, start] = await Promise.all([
    getSetting(unitId, "cycle.kind", on),
    getSetting(unitId, "cycle.start", on),
  ]);
  return cycleFrom(kind.value, start.value);
});

/** The cycle in force on a date (today by default). */
export async function unitCycle(unitId: string, onDate: Date | string = clock.today()): Promise<Cycle> {
  return cycleOn(unitId, toIsoDate(onDate));
}

/**
 * The cycle a stored year was kept under: the one in force on 31/12 of that year, a day that lies
 * inside cycle year `year` under either cycle.
 */
export const cycleOfYear = (unitId: string, year: number) => unitCycle(unitId, `${year}-12-31`);

/** The one "current cycle year": the cycle year that a date (today by default) falls in, for this unit. */
export async function currentCycleYear(unitId: string, onDate: Date | string = clock.today()) {
  return cycleYearOf(onDate, await unitCycle(unitId, onDate));
}

/** A year with its cycle, for labels: `cycleYearLabel(y.year, y.cycle)`. */
export async function withCycle<T extends { year: number }>(
  unitId: string,
  y: T,
): Promise<T & { cycle: Cycle }> {
  return { ...y, cycle: await cycleOfYear(unitId, y.year) };
}
