import "server-only";
// Reads of the stored dues ledger (store.ts), each after freshDuesYears: the month sums of a unit or
// a tổ, and the sổ's member rows of a year. Same shapes as the fresh computations they replace
// (month-sums.ts, book-rows.ts), which tests/integration/dues-store.test.ts holds them equal to.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { BookRow } from "./book-rows";
import { loadDuesSettings } from "./facts";
import { type DuesTotals, totalsOfMonths } from "./month-sums";
import { freshDuesYears, yearsOf } from "./store";
import { bookRowsText, parseBookRowsText } from "./store-book-text";

type Sums = { owed: bigint; collected: bigint; extra: bigint; share: bigint };
const num = (v: bigint | number | null | undefined) => Number(v ?? 0);

const totalsOf = (s: Sums | undefined): DuesTotals => {
  const [collected, extraKept, upperShare] = [num(s?.collected), num(s?.extra), num(s?.share)];
  return { owed: num(s?.owed), collected, upperShare, kept: collected - extraKept - upperShare, extraKept };
};

/**
 * The totals of a span of months from the stored rows: the unit's month sums (a few rows), or for a
 * tổ the month slices of its members' year rows. A tổng kết năm học takes slices of two years.
 */
export async function storedDuesTotals(
  unitId: string,
  months: string[],
  groupId?: string | null,
): Promise<DuesTotals> {
  await freshDuesYears(unitId, yearsOf(months));
  const days = months.map((m) => `${m}-01`);
  if (!groupId) {
    const [row] = await db.$queryRaw<Sums[]>`
      SELECT sum(owed)::bigint AS owed, sum(collected)::bigint AS collected,
             sum("extraPaid")::bigint AS extra, sum("upperShare")::bigint AS share
      FROM derived."DuesUnitMonth" WHERE "unitId" = ${unitId} AND month = ANY(${days}::date[])`;
    return totalsOf(row);
  }
  const rows = await db.$queryRaw<{ month: Date; owed: bigint; collected: bigint; extra: bigint }[]>`
    SELECT make_date(d.year, u.i::int, 1) AS month, sum(u.a)::bigint AS owed,
           sum(u.p)::bigint AS collected, sum(u.x)::bigint AS extra
    FROM derived."DuesMemberYear" d JOIN "Member" m ON m.id = d."memberId",
         unnest(d.amounts, d.paids, d.extras) WITH ORDINALITY AS u(a, p, x, i)
    WHERE d."unitId" = ${unitId} AND m."groupId" = ${groupId}
      AND make_date(d.year, u.i::int, 1) = ANY(${days}::date[])
    GROUP BY 1`;
  const sums = rows.map((r) => ({
    month: r.month.toISOString().slice(0, 7),
    owed: num(r.owed),
    collected: num(r.collected),
    extraPaid: num(r.extra),
  }));
  return totalsOfMonths(sums, await loadDuesSettings(unitId));
}

type PackedRow = [
  string,
  string,
  string | null,
  string,
  string,
  string,
  number[],
  number[],
  number[],
  number | null,
  number | null,
];

/**
 * The sổ's member rows of a year (the unit, or one tổ as the members stand now), by tổ then name.
 * 60,000 rows come back as one text (store-book-text.ts) rather than 60,000 driver rows; as one JSON
 * text if a name holds that text's separators.
 */
export async function storedBookRows(
  unitId: string,
  year: number,
  groupId?: string | null,
): Promise<BookRow[]> {
  await freshDuesYears(unitId, [year]);
  const inGroup = groupId ? Prisma.sql`AND mm."groupId" = ${groupId}` : Prisma.empty;
  const read = (select: Prisma.Sql) =>
    // Room to sort 60,000 rows in memory (the default 4 MB spills them to disk), for this statement only.
    db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
        const [{ rows }] = await tx.$queryRaw<{ rows: string | null }[]>`
          SELECT ${select} AS rows
          FROM derived."DuesMemberYear" d JOIN "Member" mm ON mm.id = d."memberId"
          JOIN "Group" g ON g.id = mm."groupId"
          WHERE d."unitId" = ${unitId} AND d.year = ${year} ${inGroup}`;
        return rows;
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
  const parsed = parseBookRowsText(await read(bookRowsText));
  if (parsed) return parsed;
  const rows = await read(Prisma.sql`json_agg(json_build_array(mm.id, mm."fullName", mm."cardNumber",
    mm."groupId", g.name, d.codes, d.amounts, d.paids, d.extras, d."lastAmount", d."lastSalary")
    ORDER BY g.name, mm."sortName", mm.id)::text`);
  return ((rows ? JSON.parse(rows) : []) as PackedRow[]).map(
    ([id, fullName, cardNumber, gid, groupName, codes, amounts, paids, extras, lastAmount, lastSalary]) => ({
      id,
      fullName,
      cardNumber,
      groupId: gid,
      groupName,
      codes,
      amounts,
      paids,
      extras: extras.some((x) => x !== 0) ? extras : null,
      lastAmount,
      lastSalary,
    }),
  );
}
