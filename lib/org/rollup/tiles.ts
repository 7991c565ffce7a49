import "server-only";
// The summary tiles of the cấp trên's /org: one set-based query over its subtree's CĐCS.
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { unitYearFigures } from "./figures-store";
import { unitsCte, yearDays } from "./units";

type Row = {
  units: number;
  ratingYear: number | null;
  selfRated: number;
  appraised: number;
  welfare: bigint;
  remitted: bigint;
};

export type OrgTiles = Omit<Row, "welfare" | "remitted"> & {
  members: number;
  year: number;
  welfare: number;
  remitted: number;
};

/**
 * CĐCS and members đang sinh hoạt today; of the latest rating year up to `year` that any CĐCS has
 * self-rated, how many self-rated and how many the cấp trên appraised; welfare paid and đoàn phí
 * sent up in `year`. The members are summed from the figures' store (decision 0092): counting them
 * over 300,000 rows took half a second.
 */
export async function orgTiles(actor: Actor, year: number): Promise<OrgTiles> {
  const { from, next } = yearDays(year);
  const scope = { rootId: actor.unitId };
  const [[r], figures] = await Promise.all([
    db.$queryRaw<Row[]>(Prisma.sql`${unitsCte(scope)},
    cr AS (
      SELECT r.year, c."selfLevel", c."finalLevel"
        FROM "RatingYear" r JOIN "CollectiveRating" c ON c."ratingYearId" = r.id AND c."subjectKey" = 'unit'
       WHERE r."unitId" IN (SELECT id FROM units) AND r.year <= ${year} AND c.scope = 'UNIT'
    ), latest AS (SELECT max(year) AS year FROM cr WHERE "selfLevel" IS NOT NULL)
    SELECT
      (SELECT count(*) FROM units)::int AS units,
      (SELECT year FROM latest)::int AS "ratingYear",
      (SELECT count(*) FROM cr, latest WHERE cr.year = latest.year AND cr."selfLevel" IS NOT NULL)::int AS "selfRated",
      (SELECT count(*) FROM cr, latest WHERE cr.year = latest.year AND cr."finalLevel" IS NOT NULL)::int AS appraised,
      (SELECT coalesce(sum(v.amount), 0) FROM "WelfareVisit" v
        WHERE v."unitId" IN (SELECT id FROM units) AND v.state = 'DONE'
          AND v."eventOn" >= ${from}::date AND v."eventOn" < ${next}::date)::bigint AS welfare,
      (SELECT coalesce(sum(d.amount), 0) FROM "DuesRemittance" d
        WHERE d."unitId" IN (SELECT id FROM units)
          AND d."fromMonth" >= ${from}::date AND d."fromMonth" < ${next}::date)::bigint AS remitted`),
    unitYearFigures(scope, year),
  ]);
  const members = figures.reduce((s, f) => s + f.active, 0);
  return { ...r, members, year, welfare: Number(r.welfare), remitted: Number(r.remitted) };
}
