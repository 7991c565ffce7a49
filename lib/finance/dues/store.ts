import "server-only";
// The stored dues ledger (decision 0091-duesstore): derived."DuesMemberYear" (a member's year as
// the sổ shows it) and derived."DuesUnitMonth" (the unit's month sums and the cấp trên's share),
// written only here, with the ledger's own SQL (book-rows.ts → ledger-sql.ts), never a second copy of
// the rule. Triggers on every table the ledger reads leave stale marks (the migration
// 20261207090000_dues_store); every reader calls freshDuesYears first, which recomputes what is marked
// under a per-unit lock and clears the marks in the same transaction. The rows are a cache: deleting
// them is safe, the next read recomputes them.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { memberYearSql } from "./book-rows";
import { loadDuesSettings } from "./facts";
import { monthsBetween, upperShareOf } from "./rule";
import { termsForMonth, type StoredDuesSettings } from "./terms";

type Tx = Prisma.TransactionClient;
type Mark = { id: bigint; memberId: string | null; year: number | null };

/** Above this many marked members a year is recomputed whole (one statement beats a long id list). */
const WHOLE_UNIT_AT = 5_000;

/** True when every year asked for is stored and nothing in it is marked stale: the usual case, one query. */
async function isFresh(unitId: string, years: number[]) {
  const [row] = await db.$queryRaw<{ fresh: boolean }[]>`
    SELECT (SELECT count(*) FROM derived."DuesYear" WHERE "unitId" = ${unitId} AND year = ANY(${years}::int[]))
             = ${years.length}
       AND NOT EXISTS (SELECT 1 FROM derived."DuesStale" WHERE "unitId" = ${unitId}
                         AND (year IS NULL OR year = ANY(${years}::int[]))) AS fresh`;
  return row.fresh;
}

/**
 * Makes the stored rows of the unit's `years` true: recomputes the marked members (or the whole year
 * when it was never stored, a dues setting changed, or many members are marked), then the unit's
 * month sums, then clears the marks it read, in one transaction under a per-unit advisory lock (two
 * readers never compute the same rows twice; a write committed meanwhile leaves its mark for the next).
 */
export async function freshDuesYears(unitId: string, years: number[]): Promise<void> {
  const wanted = [...new Set(years)].sort();
  if (!wanted.length || (await isFresh(unitId, wanted))) return;
  await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`dues-store:${unitId}`}, 0))`;
      await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
      // The marks first, then the data: anything written after this read leaves a mark we keep.
      const marks = await tx.$queryRaw<Mark[]>`
        SELECT id, "memberId", year FROM derived."DuesStale" WHERE "unitId" = ${unitId}`;
      const storedYears = (
        await tx.$queryRaw<{ year: number }[]>`
          SELECT year FROM derived."DuesYear" WHERE "unitId" = ${unitId}`
      ).map((r) => r.year);
      const settings = await loadDuesSettings(unitId);
      const everyYear = marks.filter((m) => m.year === null);
      const unitWide =
        everyYear.some((m) => m.memberId === null) ||
        new Set(everyYear.map((m) => m.memberId)).size > WHOLE_UNIT_AT;
      const others = storedYears.filter((y) => !wanted.includes(y));
      // Years marked whole (a payroll import): recomputed now if asked for, else whole when next read.
      const wholeYears = new Set(
        marks.filter((m) => m.memberId === null && m.year !== null).map((m) => m.year!),
      );
      const drop = unitWide ? others : others.filter((y) => wholeYears.has(y));
      if (drop.length)
        await tx.$executeRaw`DELETE FROM derived."DuesYear" WHERE "unitId" = ${unitId} AND year = ANY(${drop}::int[])`;
      if (!unitWide && others.length && everyYear.length)
        // Members marked for every year: keep them marked for the years not refreshed now.
        await tx.$executeRaw`
          INSERT INTO derived."DuesStale" ("unitId", "memberId", year)
          SELECT ${unitId}, mid, y FROM unnest(${everyYear.map((m) => m.memberId)}::text[]) mid,
                 unnest(${others}::int[]) y`;
      for (const year of wanted) {
        const members = new Set(
          marks.filter((m) => m.memberId && (m.year === null || m.year === year)).map((m) => m.memberId!),
        );
        const whole =
          unitWide || wholeYears.has(year) || !storedYears.includes(year) || members.size > WHOLE_UNIT_AT;
        if (!whole && !members.size) continue;
        await storeYear(tx, unitId, year, settings, whole ? null : [...members]);
      }
      const used = marks
        // Marks of years not stored are moot: such a year is recomputed whole when read.
        .filter(
          (m) =>
            m.year === null ||
            m.memberId === null ||
            wanted.includes(m.year) ||
            !storedYears.includes(m.year) ||
            unitWide,
        )
        .map((m) => m.id.toString());
      if (used.length)
        await tx.$executeRaw`DELETE FROM derived."DuesStale" WHERE id = ANY(${used}::bigint[])`;
    },
    { timeout: 600_000, maxWait: 600_000 },
  );
}

type MonthSums = Map<number, { owed: number; collected: number; extra: number }>;

/** The month sums (index 0–11) of the year's stored rows, of some members or all. */
async function monthSums(tx: Tx, unitId: string, year: number, which: Prisma.Sql): Promise<MonthSums> {
  const rows = await tx.$queryRaw<{ i: bigint; owed: bigint; collected: bigint; extra: bigint }[]>`
    SELECT u.i, sum(u.a)::bigint AS owed, sum(u.p)::bigint AS collected, sum(u.x)::bigint AS extra
    FROM derived."DuesMemberYear" d, unnest(d.amounts, d.paids, d.extras) WITH ORDINALITY AS u(a, p, x, i)
    WHERE d."unitId" = ${unitId} AND d.year = ${year} ${which}
    GROUP BY u.i`;
  return new Map(
    rows.map((r) => [
      Number(r.i) - 1,
      { owed: Number(r.owed), collected: Number(r.collected), extra: Number(r.extra) },
    ]),
  );
}

/**
 * Recomputes one year of the unit (all members, or some) and the unit's twelve month sums: summed
 * afresh for the whole unit, or moved by the difference of the members' rows before and after.
 */
async function storeYear(
  tx: Tx,
  unitId: string,
  year: number,
  settings: StoredDuesSettings,
  memberIds: string[] | null,
) {
  const months = monthsBetween(`${year}-01`, `${year}-12`);
  const which = memberIds ? Prisma.sql`AND d."memberId" = ANY(${memberIds}::text[])` : Prisma.empty;
  const before = memberIds ? await monthSums(tx, unitId, year, which) : null;
  await tx.$executeRaw`DELETE FROM derived."DuesMemberYear" d WHERE d."unitId" = ${unitId} AND d.year = ${year} ${which}`;
  const rows = memberYearSql({ unitId, ...(memberIds && { memberIds }) }, settings, months);
  await tx.$executeRaw`
    INSERT INTO derived."DuesMemberYear"
      ("unitId", year, "memberId", codes, amounts, paids, extras, "lastAmount", "lastSalary")
    SELECT ${unitId}, ${year}::int, r.mid, r.codes, r.amounts, r.paids, r.xpaids, r."lastAmount", r."lastSalary"
    FROM (${rows}) r`;
  const after = await monthSums(tx, unitId, year, which);
  const current: MonthSums = new Map();
  if (before) {
    const stored = await tx.$queryRaw<{ month: Date; owed: bigint; collected: bigint; extraPaid: bigint }[]>`
      SELECT month, owed, collected, "extraPaid" FROM derived."DuesUnitMonth"
      WHERE "unitId" = ${unitId} AND month >= ${`${year}-01-01`}::date AND month <= ${`${year}-12-01`}::date`;
    for (const r of stored)
      current.set(r.month.getUTCMonth(), {
        owed: Number(r.owed),
        collected: Number(r.collected),
        extra: Number(r.extraPaid),
      });
  }
  const values = months.map((month, i) => {
    const [c, b, a] = [current.get(i), before?.get(i), after.get(i)];
    const sum = (k: "owed" | "collected" | "extra") => (c?.[k] ?? 0) - (b?.[k] ?? 0) + (a?.[k] ?? 0);
    const [owed, collected, extra] = [sum("owed"), sum("collected"), sum("extra")];
    const share = upperShareOf(collected - extra, termsForMonth(settings, month).cdcsSharePercent);
    return Prisma.sql`(${unitId}, ${`${month}-01`}::date, ${owed}::bigint, ${collected}::bigint,
      ${extra}::bigint, ${share}::bigint)`;
  });
  await tx.$executeRaw`
    INSERT INTO derived."DuesUnitMonth" ("unitId", month, owed, collected, "extraPaid", "upperShare")
    VALUES ${Prisma.join(values, ", ")}
    ON CONFLICT ("unitId", month) DO UPDATE SET owed = EXCLUDED.owed, collected = EXCLUDED.collected,
      "extraPaid" = EXCLUDED."extraPaid", "upperShare" = EXCLUDED."upperShare"`;
  await tx.$executeRaw`
    INSERT INTO derived."DuesYear" ("unitId", year) VALUES (${unitId}, ${year}) ON CONFLICT DO NOTHING`;
}

/** The years of a span of "yyyy-MM" months. */
export const yearsOf = (months: string[]) => [...new Set(months.map((m) => Number(m.slice(0, 4))))];

/**
 * freshDuesYears for many units (the cấp trên's roll-up): one query finds the units with a year not
 * stored or a mark, and only those are refreshed, one after another.
 */
export async function freshDuesYearsOf(unitIds: string[], years: number[]): Promise<void> {
  if (!unitIds.length || !years.length) return;
  const stale = await db.$queryRaw<{ id: string }[]>`
    SELECT u.id FROM unnest(${unitIds}::text[]) u(id)
    WHERE (SELECT count(*) FROM derived."DuesYear" y WHERE y."unitId" = u.id AND y.year = ANY(${years}::int[]))
            < ${years.length}
       OR EXISTS (SELECT 1 FROM derived."DuesStale" s WHERE s."unitId" = u.id
                    AND (s.year IS NULL OR s.year = ANY(${years}::int[])))`;
  for (const { id } of stale) await freshDuesYears(id, years);
}
