// Đoàn phí of the 60,000-member unit over ten years, 01/2017–11/2026 (an enterprise: 1 % of the BHXH
// salary until 06/2025, 0,5 % from 07/2025, capped at 10 % of lương cơ sở as the registry dates it:
// 1.490.000 đ until 06/2023 (the registry's earliest value, 07/2019, also applies before it, as
// resolveSetting does), 1.800.000 đ from 07/2023, 2.340.000 đ from 07/2024): dated salaries (a raise of
// 150.000 đ each 01/7 from 2017 to 2025 for everyone, another on 01/1/2026 for three in ten), miễn
// months each year (three months on BHXH benefit for one in a hundred, two of unpaid leave for one in
// two hundred), and every member-month paid by the tổ's way (payroll in half of the tổ, cash to the tổ
// trưởng, bank transfer, cash to the treasurer), with some arrears, some part payments and some
// reversals; the tổ trưởng's hand-overs; the cấp trên's 30 % sent each month; and the fund's phiếu
// for all of it. Set-based SQL over "Member" (no row-by-row inserts); deterministic (hashes of ids, no clock).
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import type { Pool, PoolClient } from "pg";
import { insertBenchFundCategories } from "./fund";
import type { BenchSeed } from "../lib/types";

export const DUES_FIRST_MONTH = "2017-01";
export const DUES_LAST_MONTH = "2026-11";
/** The month the bench's payroll import file pays (not yet in the ledger). */
export const DUES_IMPORT_MONTH = "2026-12";

/** A stable number in [0, 1) per text. */
const h = (expr: string) => `((abs(hashtext(${expr})) % 10000) / 10000.0)`;
/** Lương cơ sở of a month (a date expression), as lib/settings/registry.ts dates it. */
const base = (mo: string) =>
  `(CASE WHEN ${mo} >= DATE '2024-07-01' THEN 2340000 WHEN ${mo} >= DATE '2023-07-01' THEN 1800000 ELSE 1490000 END)`;
/** The BHXH salary of the pay year (from 01/7) that holds a date: 150.000 đ less per year before 2025. */
const salaryOfEra = (ins: string, on: string) =>
  `(${ins} - (2025 - least(2025, greatest(2016, extract(year FROM (${on} - interval '6 months'))::int))) * 150000)`;

export const seedDuesBench: BenchSeed = async (pool: Pool, ids) => {
  const c = await pool.connect();
  const query = c.query.bind(c);
  // Each statement's time, printed when it is over a second (the seed's steps).
  c.query = (async (...args: Parameters<typeof query>) => {
    const t = performance.now();
    const out = await (query as (...a: unknown[]) => Promise<unknown>)(...args);
    const ms = performance.now() - t;
    const what = String(args[0]).trim().split("\n")[0].slice(0, 70);
    if (ms > 1000) console.log(`    ${what.padEnd(72)} ${(ms / 1000).toFixed(1)} s`);
    return out;
  }) as typeof c.query;
  try {
    await seed(c, ids.unitId);
  } finally {
    c.query = query;
    c.release();
  }
  const t = performance.now();
  warmDuesStore(
    (pool as unknown as { options: { connectionString: string } }).options.connectionString,
    ids.unitId,
  );
  console.log(
    `    bench/lib/warm-dues-store.ts ${WARM_YEARS.join(", ")} ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
};

/**
 * The years the bench reads through the stored ledger (duesTotals, the sổ: 2026, and 2025 beside it).
 * The years before stay unstored, as in a unit that has not opened them since the ledger was stored:
 * warming all ten would add about eight more whole-year recomputations to the seed for no case.
 */
const WARM_YEARS = ["2025", "2026"];

/**
 * The stored ledger (decision 0091-duesstore) built for the seeded years, as a unit in use has it:
 * the bench then times the steady state, not the first read after a bulk load.
 */
function warmDuesStore(url: string, unitId: string) {
  const years = WARM_YEARS;
  const r = spawnSync(
    process.execPath,
    [...process.execArgv, "--conditions=react-server", "bench/lib/warm-dues-store.ts", url, unitId, ...years],
    { stdio: "inherit" },
  );
  if (r.status !== 0) throw new Error(`bench/lib/warm-dues-store.ts: exit ${r.status}`);
}

async function seed(c: PoolClient, u: string) {
  await c.query(
    `INSERT INTO "Setting"(id, "unitId", key, value, "effectiveFrom", "updatedAt")
     VALUES ('bds-unit-type', $1, 'unit.type', '"enterprise"'::jsonb, DATE '2016-01-01', now())
     ON CONFLICT ("unitId", key, "effectiveFrom") DO NOTHING`,
    [u],
  );
  // Each member's facts in one pass: tổ number, joining day, the day membership ended (left,
  // moved out, suspended: the first such event), the BHXH salary and whether they get the 2026 raise.
  await c.query(`DROP TABLE IF EXISTS bench_dues_member`);
  await c.query(
    `CREATE TEMP TABLE bench_dues_member AS
     SELECT m.id, m."groupId", substr(m."groupId", 3)::int AS g, m."joinedUnionOn" AS joined, m."cardNumber" AS card,
       m."insuranceSalary" AS ins, ${h(`m.id || 'raise'`)} < 0.3 AS raise26,
       (SELECT min(e."effectiveOn") FROM "MemberEvent" e WHERE e."memberId" = m.id
          AND e.type IN ('TRANSFERRED_OUT', 'SUSPENDED', 'LEFT', 'RETIRED', 'EXPELLED')) AS exit_on
     FROM "Member" m WHERE m."unitId" = $1`,
    [u],
  );
  await c.query(
    `INSERT INTO "MemberSalary"(id, "memberId", "effectiveFrom", "bhxhSalary", "updatedAt")
     SELECT 'bms0-' || id, id, joined, ${salaryOfEra("ins", "joined")}, now() FROM bench_dues_member
     UNION ALL
     SELECT 'bms1-' || y || '-' || id, id, make_date(y, 7, 1), ${salaryOfEra("ins", "make_date(y, 7, 1)")}, now()
     FROM bench_dues_member CROSS JOIN generate_series(2017, 2025) y WHERE joined < make_date(y, 7, 1)
     UNION ALL
     SELECT 'bms2-' || id, id, DATE '2026-01-01', ins + 200000, now() FROM bench_dues_member WHERE raise26 AND joined < DATE '2026-01-01'
     ON CONFLICT ("memberId", "effectiveFrom") DO NOTHING`,
  );
  // Miễn each year 2017–2026: three months on BHXH benefit (starting in 01–06) for one in a hundred,
  // two months of unpaid leave (starting in 09 or 10) for one in two hundred; never overlapping.
  await c.query(
    `INSERT INTO "DuesExemption"(id, "unitId", "memberId", "fromMonth", "toMonth", reason, note, "updatedAt")
     SELECT 'bdx1-' || y || '-' || id, $1, id, f, (f + interval '2 months')::date, 'BHXH_BENEFIT'::"DuesExemptionReason", 'Nghỉ thai sản', now()
     FROM bench_dues_member CROSS JOIN generate_series(2017, 2026) y
     CROSS JOIN LATERAL (SELECT make_date(y, 1 + (abs(hashtext(id || 'xm' || y)) % 6), 1) AS f) x
     WHERE ${h(`id || 'exempt' || y`)} < 0.01 AND joined < f
     UNION ALL
     SELECT 'bdx2-' || y || '-' || id, $1, id, f, (f + interval '1 month')::date, 'UNPAID_LEAVE'::"DuesExemptionReason", 'Nghỉ không lương', now()
     FROM bench_dues_member CROSS JOIN generate_series(2017, 2026) y
     CROSS JOIN LATERAL (SELECT make_date(y, 9 + (abs(hashtext(id || 'xl' || y)) % 2), 1) AS f) x
     WHERE ${h(`id || 'exempt' || y`)} >= 0.99 AND ${h(`id || 'exempt' || y`)} < 0.995 AND joined < f`,
    [u],
  );
  // The exempt member-months, for the anti-join below.
  await c.query(`DROP TABLE IF EXISTS bench_dues_exempt`);
  await c.query(
    `CREATE TEMP TABLE bench_dues_exempt AS
     SELECT "memberId" AS id, mo::date AS month FROM "DuesExemption"
     CROSS JOIN generate_series("fromMonth", "toMonth", interval '1 month') mo WHERE "unitId" = $1`,
    [u],
  );
  await c.query(`CREATE INDEX ON bench_dues_exempt (id, month)`);
  // Every member-month owed, priced as the rule does (salary in force on the 1st, else the fixed amount).
  await c.query(`DROP TABLE IF EXISTS bench_dues_owed`);
  await c.query(
    `CREATE TEMP TABLE bench_dues_owed AS
     SELECT d.id, d."groupId", d.g, mo::date AS month, r,
       CASE WHEN d.g % 10 < 5 THEN 'PAYROLL' WHEN d.g % 10 < 8 THEN 'GROUP_CASH' WHEN d.g % 10 = 8 THEN 'BANK' ELSE 'CASH' END AS method,
       CASE WHEN sal IS NULL THEN floor((${base("mo")}::bigint * bp + 5000) / 10000)::int
            ELSE least(floor((sal::bigint * bp + 5000) / 10000), floor((${base("mo")}::bigint * 1000 + 5000) / 10000))::int END AS owed
     FROM bench_dues_member d
     CROSS JOIN generate_series(DATE '${DUES_FIRST_MONTH}-01', DATE '${DUES_LAST_MONTH}-01', interval '1 month') mo
     CROSS JOIN LATERAL (SELECT ${h(`d.id || mo::text`)} AS r, CASE WHEN mo < DATE '2025-07-01' THEN 100 ELSE 50 END AS bp,
       CASE WHEN d.joined > mo THEN NULL
            WHEN mo >= DATE '2026-01-01' AND d.raise26 AND d.joined < DATE '2026-01-01' THEN d.ins + 200000
            ELSE ${salaryOfEra("d.ins", "mo")} END AS sal) x
     WHERE d.joined < mo + interval '1 month' AND (d.exit_on IS NULL OR d.exit_on > mo)
       AND NOT EXISTS (SELECT 1 FROM bench_dues_exempt e WHERE e.id = d.id AND e.month = mo)`,
  );
  // In month order, as a unit records them (a month's payroll list, the tổ's cash): a month's rows sit
  // together on disk. Member by member, one month's 51,000 rows spread over 39,000 of the table's pages
  // and the month view's sum read them all (0,4–0,7 s).
  // Paid: all but 3 % (arrears); 1.5 % only half. Payroll on the 25th; the tổ's cash and transfers the next month.
  await c.query(
    `INSERT INTO "DuesPayment"(id, "unitId", "memberId", month, amount, method, "paidOn", "groupId", "handoverId", "updatedAt")
     SELECT 'bdp-' || id || '-' || to_char(month, 'YYYYMM'), $1, id, month,
       CASE WHEN r < 0.045 THEN owed / 2 ELSE owed END, method::"DuesPaymentMethod",
       CASE method WHEN 'PAYROLL' THEN month + 24 WHEN 'GROUP_CASH' THEN (month + interval '1 month')::date + g % 9
                   WHEN 'BANK' THEN (month + interval '1 month')::date + 4 ELSE (month + interval '1 month')::date + 9 END,
       "groupId",
       CASE WHEN method = 'GROUP_CASH' THEN 'bdh-' || "groupId" || '-' || to_char(month, 'YYYYMM') END, now()
     FROM bench_dues_owed WHERE r >= 0.03 ORDER BY month, "groupId", id`,
    [u],
  );
  // One payment in 1,250 was entered by mistake and reversed three days later (the history stays).
  await c.query(
    `INSERT INTO "DuesPayment"(id, "unitId", "memberId", month, amount, method, "paidOn", "groupId", "reversesId", note, "updatedAt")
     SELECT 'bdr-' || o.id || '-' || to_char(o.month, 'YYYYMM'), $1, o.id, o.month, -p.amount, p.method, p."paidOn" + 3, o."groupId",
       p.id, 'Ghi nhầm', now()
     FROM bench_dues_owed o JOIN "DuesPayment" p ON p.id = 'bdp-' || o.id || '-' || to_char(o.month, 'YYYYMM')
     WHERE o.r >= 0.05 AND o.r < 0.0508`,
    [u],
  );
  await c.query(
    `INSERT INTO "DuesHandover"(id, "unitId", "groupId", "receivedOn", amount, "updatedAt")
     SELECT "handoverId", $1, min("groupId"), max("paidOn") + 2, SUM(amount), now()
     FROM "DuesPayment" WHERE "unitId" = $1 AND "handoverId" IS NOT NULL GROUP BY "handoverId"`,
    [u],
  );
  // The cấp trên's 30 %, sent monthly on the 15th of the month after. (A quarter's share of this
  // unit is about 3,7 tỷ đồng, more than the Int amount columns hold: see the bench results.)
  await c.query(
    `INSERT INTO "DuesRemittance"(id, "unitId", "fromMonth", "toMonth", amount, "paidOn", account, "voucherNo", "updatedAt")
     SELECT 'bdm-' || to_char(q, 'YYYY-MM'), $1, q::date, q::date, (t.paid * 30 / 100)::int,
       (q + interval '1 month')::date + 14, 'BANK', 'PCĐP-' || to_char(q, 'YYYY-MM'), now()
     FROM generate_series(DATE '${DUES_FIRST_MONTH}-01', DATE '2026-10-01', interval '1 month') q
     JOIN (SELECT month, SUM(amount) AS paid FROM "DuesPayment" WHERE "unitId" = $1 GROUP BY month) t ON t.month = q`,
    [u],
  );
  // The fund: phiếu thu of DUES per month, way of paying and quarter of the tổ list (cash: the tổ's
  // hand-overs and the treasurer's cash; bank: payroll and transfers; one phiếu for a whole month's
  // payroll of this unit would pass the Int amount's 2,1 tỷ), and a phiếu chi of DUES_REMIT per remittance.
  await insertBenchFundCategories(c, u);
  await c.query(
    `INSERT INTO "FundEntry"(id, "unitId", date, direction, account, "categoryId", amount, "voucherYear", "voucherNo",
       description, "sourceKind", "sourceId")
     SELECT 'bfd-' || key, $1, d, 'IN', acct::"FundAccount", 'bfc-DUES', amount,
       extract(year FROM d)::int, 'PTĐP-' || key, 'Đoàn phí tháng ' || to_char(month, 'MM/YYYY') || ' (' || lower(method) || ')',
       'dues_collection', 'bench-' || key
     FROM (SELECT month, method::text AS method, CASE WHEN method IN ('GROUP_CASH', 'CASH') THEN 'CASH' ELSE 'BANK' END AS acct,
             to_char(month, 'YYYY-MM') || '-' || method::text || '-' || (substr("groupId", 3)::int % 4) AS key,
             max("paidOn") AS d, SUM(amount)::int AS amount
           FROM "DuesPayment" WHERE "unitId" = $1 GROUP BY 1, 2, 3, 4) s`,
    [u],
  );
  await c.query(
    `INSERT INTO "FundEntry"(id, "unitId", date, direction, account, "categoryId", amount, "voucherYear", "voucherNo",
       description, "sourceKind", "sourceId")
     SELECT 'bfm-' || id, $1, "paidOn", 'OUT', 'BANK', 'bfc-DUES_REMIT', amount, extract(year FROM "paidOn")::int, "voucherNo",
       'Nộp đoàn phí cấp trên tháng ' || to_char("fromMonth", 'MM/YYYY'), 'dues_remittance', id
     FROM "DuesRemittance" WHERE "unitId" = $1`,
    [u],
  );
  await c.query(`DROP TABLE bench_dues_owed`);
  await c.query(`DROP TABLE bench_dues_exempt`);
  await c.query(`DROP TABLE bench_dues_member`);
}

export default seedDuesBench;
