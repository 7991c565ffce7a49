import "server-only";
// The CĐCS of a cấp trên's subtree as SQL (decision 0083): every roll-up query starts with these
// CTEs, so that no figure of another subtree can enter it. `only` narrows it to one unit of the
// subtree (the drill-down); a unit outside the subtree then yields nothing.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { subtreeCte } from "../tree";

export type RollupScope = { rootId: string; only?: string };

/**
 * `WITH RECURSIVE subtree … , units(id) AS (…)`: the CĐCS (not the cấp trên between) in scope. For
 * one unit (`only`) the subtree is asked once whether it holds it: a filter on the subtree would
 * be scanned again for every row joined to it (1 s for a CĐCS's welfare at 2,000 CĐCS).
 */
export const unitsCte = (scope: RollupScope) => Prisma.sql`${subtreeCte(scope.rootId)},
  units AS (
    ${
      scope.only
        ? Prisma.sql`SELECT ${scope.only}::text AS id
            WHERE EXISTS (SELECT 1 FROM subtree s WHERE s.kind = 'GRASSROOTS' AND s.id = ${scope.only})`
        : Prisma.sql`SELECT s.id FROM subtree s WHERE s.kind = 'GRASSROOTS'`
    }
  )`;

/** The CĐCS in scope, by name. */
export async function scopeUnits(scope: RollupScope) {
  return db.$queryRaw<{ id: string; name: string }[]>(Prisma.sql`${unitsCte(scope)}
    SELECT u.id, u.name FROM units JOIN "Unit" u ON u.id = units.id ORDER BY u.name, u.id`);
}

/** The calendar year as ISO days: 1 January to 31 December. */
export function yearDays(year: number) {
  return { from: `${year}-01-01`, to: `${year}-12-31`, next: `${year + 1}-01-01` };
}

/**
 * A welfare visit (`v`, the "WelfareVisit" row) paid in the year: DONE, by the day of the event, as
 * the CĐCS's own sổ and summary count them. The roll-up's section 4 and the /org tiles' stored
 * figures both read it here.
 */
export function welfarePaidInYear(year: number) {
  const { from, next } = yearDays(year);
  return Prisma.sql`v.state = 'DONE' AND v."eventOn" >= ${from}::date AND v."eventOn" < ${next}::date`;
}
