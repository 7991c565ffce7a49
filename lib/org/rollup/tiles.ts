import "server-only";
// The summary tiles of the cấp trên's /org: one set-based query over its subtree's CĐCS.
import type { Actor } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { unitFiguresSums } from "./figures-store";
import { unitsCte, yearDays } from "./units";

type Row = {
  units: number;
  ratingYear: number | null;
  selfRated: number;
  appraised: number;
  remitted: bigint;
};

export type OrgTiles = Omit<Row, "remitted"> & {
  members: number;
  year: number;
  welfare: number;
  remitted: number;
};

/**
 * CĐCS and members đang sinh hoạt today; of the latest rating year up to `year` that any CĐCS has
 * self-rated, how many self-rated and how many the cấp trên appraised; welfare paid and đoàn phí
 * sent up in `year`. The members and the welfare are summed from the figures' store (decisions 0092,
 * 0098): counting them over 300,000 members took half a second, and the year's 33,741 visits of a
 * 2,000-CĐCS cấp trên 40 ms of PostgreSQL on every page of /org.
 */
export async function orgTiles(actor: Actor, year: number): Promise<OrgTiles> {
  const { from, next } = yearDays(year);
  const scope = { rootId: actor.unitId };
  const [[r], sums] = await Promise.all([
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
      (SELECT coalesce(sum(d.amount), 0) FROM "DuesRemittance" d
        WHERE d."unitId" IN (SELECT id FROM units)
          AND d."fromMonth" >= ${from}::date AND d."fromMonth" < ${next}::date)::bigint AS remitted`),
    unitFiguresSums(scope, year, ["active", "welfare"]),
  ]);
  return { ...r, members: sums.active, year, welfare: sums.welfare, remitted: Number(r.remitted) };
}
