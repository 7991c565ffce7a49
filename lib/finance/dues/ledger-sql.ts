import "server-only";
// The dues rule (rule.ts) as set-based SQL, for the whole unit or one tổ over a span of months: the
// tổng kết's totals and the yearly sổ read 720,000 member-months in one statement instead of walking
// them in JS. rule.ts stays the definition: the month's settings are resolved there (terms.ts) and
// handed in as a VALUES table, and tests/integration/dues-ledger-sql.test.ts checks that these
// cells equal the JS walk (unit-ledger.ts) at every boundary. Decision 0086 (dues-speed).
//
// What the SQL mirrors, step by step (names as in rule.ts):
// - activeInMonth: the member's START/END events become intervals [a, b); before the first event the
//   member is in from joinedOn (or always) unless that event is the joining itself;
// - not_collected (state-funded, stop) before miễn (live DuesExemption) before pricing;
// - salaryForMonth: the MemberSalary row in force on the month's first day; no rows at all → today's
//   insuranceSalary as the BHXH salary;
// - percentOf: (amount × basis points + 5 000) / 10 000 in integers; the cap, the fixed amount, the BCH's
//   higher rate and its extra exactly as duesForMonth.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { collectStopped, monthBounds } from "./rule";
import { termsForMonth, type StoredDuesSettings } from "./terms";

const bp = (percent: number) => Math.round(percent * 100);

/** The settings of each month as a VALUES list: (m, rate_bp, base, net, ent, cap_bp, fixed_bp, bch_bp, stop). */
function termsTable(stored: StoredDuesSettings, months: string[]): Prisma.Sql {
  const rows = months.map((mo) => {
    const t = termsForMonth(stored, mo);
    const ent = t.unitType === "enterprise";
    const stop = collectStopped(t);
    return Prisma.sql`(${`${mo}-01`}::date, ${bp(t.ratePercent)}::int, ${t.baseSalary}::bigint,
      ${ent && t.enterpriseBase === "net"}::boolean, ${ent}::boolean, ${bp(t.capPercent)}::int,
      ${bp(t.fixedPercent)}::int, ${bp(t.bchRatePercent)}::int, ${stop}::boolean)`;
  });
  return Prisma.join(rows, ", ");
}

/**
 * Runs a ledger statement with room to hash and sort 720,000 member-months in memory (the default
 * 4 MB work_mem spills them to disk): SET LOCAL lasts for this transaction only.
 */
export async function withLedgerMemory<T>(query: Prisma.Sql): Promise<T> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
      return tx.$queryRaw<T>(query);
    },
    { timeout: 300_000, maxWait: 10_000 },
  );
}

/** The unit, optionally one tổ of it or some members of it (the store refreshes marked members). */
export type LedgerScope = { unitId: string; groupId?: string | null; memberIds?: string[] };

/**
 * The CTEs every ledger query shares: `t` (months with their terms), `mem` (the members in scope),
 * `act` (member-months as a member), `priced` (member-months owed, with amount, std, extra, sal,
 * basis, rate) and `pay` (paid per member-month, reversals subtracted).
 */
export function ledgerCtes(scope: LedgerScope, stored: StoredDuesSettings, months: string[]): Prisma.Sql {
  const [, lastDay] = monthBounds(months.at(-1)!);
  const firstMonth = `${months[0]}-01`;
  const lastMonth = `${months.at(-1)}-01`;
  const inGroup = scope.groupId ? Prisma.sql`AND m."groupId" = ${scope.groupId}` : Prisma.empty;
  const inMembers = scope.memberIds ? Prisma.sql`AND m.id = ANY(${scope.memberIds}::text[])` : Prisma.empty;
  return Prisma.sql`
  t0(m, rate_bp, base, net, ent, cap_bp, fixed_bp, bch_bp, stop) AS (VALUES ${termsTable(stored, months)}),
  t AS (SELECT t0.*, (t0.m + interval '1 month' - interval '1 day')::date AS m_last FROM t0),
  mem AS MATERIALIZED (
    SELECT m.id, m."joinedUnionOn" AS joined, m."insuranceSalary" AS ins,
           EXISTS (SELECT 1 FROM "MemberSalary" s WHERE s."memberId" = m.id) AS has_sal
    FROM "Member" m
    WHERE m."unitId" = ${scope.unitId} ${inGroup} ${inMembers}
      AND (m."joinedUnionOn" IS NULL OR m."joinedUnionOn" <= ${lastDay}::date)),
  ev AS MATERIALIZED (
    SELECT e."memberId" AS mid, e."effectiveOn" AS d,
           e.type::text IN ('ADMITTED', 'TRANSFERRED_IN', 'RESUMED') AS is_start,
           row_number() OVER (PARTITION BY e."memberId" ORDER BY e."effectiveOn", e.id) AS rn
    FROM "MemberEvent" e JOIN mem ON mem.id = e."memberId"
    WHERE e.type::text IN ('ADMITTED', 'TRANSFERRED_IN', 'RESUMED',
                           'TRANSFERRED_OUT', 'SUSPENDED', 'LEFT', 'RETIRED', 'EXPELLED')),
  bnd AS (
    SELECT mid, d, is_start, rn FROM (
      SELECT ev.*, lag(is_start) OVER (PARTITION BY mid ORDER BY rn) AS prev FROM ev) x
    WHERE prev IS NULL OR prev <> is_start),
  iv AS (
    SELECT mid, d AS a, nxt AS b FROM (
      SELECT bnd.*, lead(d) OVER (PARTITION BY mid ORDER BY rn) AS nxt FROM bnd) y
    WHERE is_start
    UNION ALL
    SELECT mem.id, COALESCE(mem.joined, '-infinity'::date), f.d
    FROM mem LEFT JOIN ev f ON f.mid = mem.id AND f.rn = 1
    WHERE f.mid IS NULL OR NOT f.is_start),
  act AS (
    SELECT DISTINCT iv.mid, t.m FROM iv JOIN t ON iv.a <= t.m_last AND (iv.b IS NULL OR iv.b > t.m)),
  sr AS (
    SELECT s."memberId" AS mid, s."effectiveFrom" AS a,
           lead(s."effectiveFrom") OVER (PARTITION BY s."memberId" ORDER BY s."effectiveFrom") AS b,
           s."bhxhSalary" AS bhxh, s."netSalary" AS net
    FROM "MemberSalary" s JOIN mem ON mem.id = s."memberId"),
  exm AS (
    SELECT DISTINCT x."memberId" AS mid, t.m
    FROM "DuesExemption" x JOIN mem ON mem.id = x."memberId"
    JOIN t ON x."fromMonth" <= t.m_last AND x."toMonth" >= t.m
    WHERE x."archivedAt" IS NULL),
  owed AS (
    SELECT act.mid, t.m, t.rate_bp, t.base, t.ent, t.cap_bp, t.fixed_bp, t.bch_bp, t.net AS on_net,
           CASE WHEN mem.has_sal THEN (CASE WHEN t.net THEN sr.net ELSE sr.bhxh END)::bigint
                WHEN t.net THEN NULL ELSE mem.ins::bigint END AS sal
    FROM act JOIN t ON t.m = act.m JOIN mem ON mem.id = act.mid
    LEFT JOIN sr ON sr.mid = act.mid AND sr.a <= t.m AND (sr.b IS NULL OR sr.b > t.m)
    LEFT JOIN exm ON exm.mid = act.mid AND exm.m = act.m
    WHERE NOT t.stop AND exm.mid IS NULL),
  calc AS (
    SELECT owed.*,
           (base * fixed_bp + 5000) / 10000 AS fixed,
           (sal * rate_bp + 5000) / 10000 AS unc,
           (base * cap_bp + 5000) / 10000 AS cap,
           CASE WHEN bch_bp > rate_bp THEN (sal * bch_bp + 5000) / 10000 ELSE 0 END AS hi
    FROM owed),
  std AS (
    SELECT calc.*, CASE WHEN ent AND unc > cap THEN cap ELSE unc END AS std_amt FROM calc),
  priced AS (
    SELECT mid, m,
           CASE WHEN sal IS NULL OR sal <= 0 THEN fixed ELSE GREATEST(hi, std_amt) END AS amount,
           CASE WHEN sal IS NULL OR sal <= 0 THEN fixed ELSE std_amt END AS std,
           CASE WHEN sal IS NULL OR sal <= 0 THEN 0 ELSE GREATEST(hi - std_amt, 0) END AS extra,
           CASE WHEN sal IS NULL OR sal <= 0 THEN NULL ELSE sal END AS sal
    FROM std),
  pay AS (
    SELECT p."memberId" AS mid, p.month AS m, SUM(p.amount)::bigint AS paid
    FROM "DuesPayment" p JOIN mem ON mem.id = p."memberId"
    WHERE p."unitId" = ${scope.unitId} AND p.month >= ${firstMonth}::date AND p.month <= ${lastMonth}::date
    GROUP BY 1, 2)`;
}
