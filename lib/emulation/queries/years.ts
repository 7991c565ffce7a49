import "server-only";
import { db } from "@/lib/db";
import { currentCycleYear, cycleOfYear } from "@/lib/settings/unit-cycle";

const YEAR_SELECT = {
  id: true,
  year: true,
  registrationDeadline: true,
  assessmentOpensOn: true,
  assessmentClosesOn: true,
  status: true,
} as const;

export async function findYears(unitId: string) {
  return db.emulationYear.findMany({ where: { unitId }, orderBy: { year: "desc" }, select: YEAR_SELECT });
}

/**
 * The year asked for (read by pageYear or yearParam, lib/http/params.ts), or null when that year has no
 * campaign; when none is asked for, the campaign of the unit's current cycle year (this calendar year,
 * or the năm học today falls in), else the latest one. `cycle` is the cycle of the year shown (or
 * asked for), to label it and the year picker with (lib/settings/cycle.ts).
 */
export async function resolveYear(unitId: string, requested?: number | null) {
  const [years, wanted] = await Promise.all([findYears(unitId), requested ?? currentCycleYear(unitId)]);
  const year = years.find((y) => y.year === wanted) ?? (requested ? null : (years[0] ?? null));
  const cycle = await cycleOfYear(unitId, year?.year ?? wanted);
  return { years, year: year && { ...year, cycle }, cycle };
}

export type YearSummary = NonNullable<Awaited<ReturnType<typeof resolveYear>>["year"]>;

/** The year with its criteria (stable ids, in order) and its level scheme. */
export async function getYearTemplate(unitId: string, yearId: string) {
  return db.emulationYear.findFirst({
    where: { id: yearId, unitId },
    select: {
      ...YEAR_SELECT,
      criteria: {
        orderBy: { position: "asc" },
        select: { id: true, groupName: true, content: true, maxPoints: true, position: true },
      },
      levels: { orderBy: { minPoints: "desc" }, select: { name: true, minPoints: true } },
      movements: { select: { movementId: true, launchedOn: true, goal: true } },
      _count: { select: { assessments: true } },
    },
  });
}
export type YearTemplate = NonNullable<Awaited<ReturnType<typeof getYearTemplate>>>;

/** Criteria grouped by groupName, in order, with each group's maximum. */
export function groupCriteria<C extends { groupName: string; maxPoints: number }>(criteria: C[]) {
  const groups: { name: string; maxPoints: number; criteria: C[] }[] = [];
  for (const c of criteria) {
    let g = groups[groups.length - 1];
    if (!g || g.name !== c.groupName) groups.push((g = { name: c.groupName, maxPoints: 0, criteria: [] }));
    g.criteria.push(c);
    g.maxPoints += c.maxPoints;
  }
  return groups;
}
