import "server-only";
// Each CĐCS's members figures of a year (lib/members/statistics/figures-sql.ts, summed over its tổ)
// and its welfare paid, from the store derived."UnitYearFigures" (decisions 0092, 0098). A stored
// row counts only while its version is the unit's current one (triggers on Member, Group,
// GroupMembership, MemberEvent and WelfareVisit bump it in the writing transaction); the other
// units are worked out again, returned, and written back with the version they were computed at.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { groupFiguresCtes } from "@/lib/members/statistics/figures-sql";
import { type RollupScope, unitsCte, welfarePaidInYear, yearDays } from "./units";

/** The báo cáo thống kê's figures, summed over the unit's tổ. */
const GROUP_FIGURES = [
  "closing",
  "female",
  "party",
  "admitted",
  "transferredIn",
  "transferredOut",
  "exited",
] as const;
/**
 * …its members đang sinh hoạt (status ACTIVE) as they stand, and the đồng of its visits DONE in the
 * year (by the day of the event, as lib/org/rollup/welfare.ts counts them): the tiles of /org.
 */
export const STORED_FIGURES = [...GROUP_FIGURES, "active", "welfare"] as const;
export type StoredFigure = (typeof STORED_FIGURES)[number];
export type UnitFigures = { unitId: string } & Record<StoredFigure, number>;

const col = (k: string) => Prisma.raw(`"${k}"`);
const list = (f: (k: StoredFigure) => Prisma.Sql) => Prisma.join(STORED_FIGURES.map(f));

/** The figures of every CĐCS in scope (a unit without a tổ has zeros). */
export async function unitYearFigures(scope: RollupScope, year: number): Promise<UnitFigures[]> {
  const rows = await db.$queryRaw<({ unitId: string } & Record<StoredFigure, number | null>)[]>(Prisma.sql`
    ${unitsCte(scope)}
    SELECT u.id AS "unitId", ${list((k) => Prisma.sql`f.${col(k)}::float8 AS ${col(k)}`)}
      FROM units u LEFT JOIN derived."UnitFiguresVersion" v ON v."unitId" = u.id
      LEFT JOIN derived."UnitYearFigures" f
        ON f."unitId" = u.id AND f.year = ${year} AND f.version = coalesce(v.version, 0)`);
  const kept = rows.filter((r): r is UnitFigures => r.closing !== null);
  const stale = rows.filter((r) => r.closing === null).map((r) => r.unitId);
  return stale.length ? [...kept, ...(await refresh(stale, year))] : kept;
}

/**
 * Figures summed over every CĐCS in scope (the /org tiles), added up in PostgreSQL: 2,000 stored
 * rows need not travel to the app for two numbers. Units whose stored row is stale are worked out
 * again as in `unitYearFigures`.
 */
export async function unitFiguresSums<K extends StoredFigure>(
  scope: RollupScope,
  year: number,
  figures: readonly K[],
): Promise<Record<K, number>> {
  const [r] = await db.$queryRaw<({ stale: string[] } & Record<K, number>)[]>(Prisma.sql`
    ${unitsCte(scope)}
    SELECT ${Prisma.join(figures.map((k) => Prisma.sql`coalesce(sum(f.${col(k)}), 0)::float8 AS ${col(k)}`))},
           coalesce(array_agg(u.id) FILTER (WHERE f."unitId" IS NULL), '{}') AS stale
      FROM units u LEFT JOIN derived."UnitFiguresVersion" v ON v."unitId" = u.id
      LEFT JOIN derived."UnitYearFigures" f
        ON f."unitId" = u.id AND f.year = ${year} AND f.version = coalesce(v.version, 0)`);
  const fresh = r.stale.length ? await refresh(r.stale, year) : [];
  const out = {} as Record<K, number>;
  for (const k of figures) out[k] = fresh.reduce((sum: number, f) => sum + f[k], Number(r[k]));
  return out;
}

/**
 * Works the units' figures out again and stores them with the version read in the same statement
 * (one snapshot): a write committed later bumps the version, and the row is stale again.
 */
async function refresh(unitIds: string[], year: number): Promise<UnitFigures[]> {
  const { from, to } = yearDays(year);
  return db.$queryRaw<UnitFigures[]>(Prisma.sql`
    WITH stale AS (
      SELECT s.id AS "unitId", coalesce(v.version, 0) AS version
        FROM unnest(${unitIds}::text[]) AS s(id) LEFT JOIN derived."UnitFiguresVersion" v ON v."unitId" = s.id
    ),
    ${groupFiguresCtes(Prisma.sql`SELECT "unitId" FROM stale`, from, to)},
    fresh AS (
      SELECT s."unitId", s.version,
        ${Prisma.join(GROUP_FIGURES.map((k) => Prisma.sql`coalesce(sum(gf.${col(k)}), 0)::int AS ${col(k)}`))},
        (SELECT count(*) FROM "Member" m WHERE m."unitId" = s."unitId" AND m.status = 'ACTIVE')::int AS active,
        (SELECT coalesce(sum(v.amount), 0) FROM "WelfareVisit" v
          WHERE v."unitId" = s."unitId" AND ${welfarePaidInYear(year)})::bigint AS welfare
        FROM stale s LEFT JOIN group_figures gf ON gf."unitId" = s."unitId"
       GROUP BY s."unitId", s.version
    ), saved AS (
      INSERT INTO derived."UnitYearFigures" AS t ("unitId", year, version, ${list(col)})
      SELECT "unitId", ${year}, version, ${list(col)} FROM fresh ORDER BY "unitId"
      ON CONFLICT ("unitId", year) DO UPDATE SET version = EXCLUDED.version,
        ${list((k) => Prisma.sql`${col(k)} = EXCLUDED.${col(k)}`)}
      WHERE t.version < EXCLUDED.version
    )
    SELECT "unitId", ${list((k) => Prisma.sql`${col(k)}::float8 AS ${col(k)}`)} FROM fresh`);
}
