// The fund of the 60,000-member unit: the default categories and ten years (2017–2026) of phiếu thu
// and chi, 30,000 a year (about 120 a working day: đoàn phí per tổ, thăm hỏi, hoạt động), on cash and
// bank, numbered per year and direction, with a reversal for one in a hundred. Set-based SQL.
import type { Pool, PoolClient } from "pg";
import { DEFAULT_CATEGORIES } from "../../lib/finance/labels";
import type { BenchSeed } from "../lib/types";

export const FUND_BENCH_YEARS = 10;
export const FUND_BENCH_PER_YEAR = 30_000;

/** The default categories, ids "bfc-<code>"; bench/seed/dues.ts posts to DUES and DUES_REMIT too. */
export async function insertBenchFundCategories(pool: Pool | PoolClient, unitId: string) {
  await pool.query(
    `INSERT INTO "FundCategory"(id, "unitId", code, name, direction, "sortOrder", "updatedAt")
     SELECT 'bfc-' || c.code, $1, c.code, c.name, c.direction::"FundDirection", c.sort, now()
     FROM unnest($2::text[], $3::text[], $4::text[], $5::int[]) AS c(code, name, direction, sort)
     ON CONFLICT ("unitId", code) DO NOTHING`,
    [
      unitId,
      DEFAULT_CATEGORIES.map((c) => c.code),
      DEFAULT_CATEGORIES.map((c) => c.name),
      DEFAULT_CATEGORIES.map((c) => c.direction),
      DEFAULT_CATEGORIES.map((c) => c.sortOrder),
    ],
  );
}

export const seedFundBench: BenchSeed = async (pool: Pool, ids) => {
  const u = ids.unitId;
  await insertBenchFundCategories(pool, u);
  const inCodes = DEFAULT_CATEGORIES.filter((c) => c.direction === "IN").map((c) => c.code);
  const outCodes = DEFAULT_CATEGORIES.filter((c) => c.direction === "OUT").map((c) => c.code);
  // Thu are one in three; each row's day spreads over the year; amounts are whole thousands.
  await pool.query(
    `INSERT INTO "FundEntry"(id, "unitId", date, direction, account, "categoryId", amount, "voucherYear", "voucherNo", description)
     SELECT 'bfe-' || y || '-' || i, $1, d, dir::"FundDirection",
       (CASE WHEN i % 5 = 0 THEN 'BANK' ELSE 'CASH' END)::"FundAccount",
       'bfc-' || (CASE WHEN dir = 'IN' THEN ($2::text[])[1 + i % ${inCodes.length}] ELSE ($3::text[])[1 + i % ${outCodes.length}] END),
       CASE WHEN dir = 'IN' THEN 1000 * (500 + (i * 37) % 4500) ELSE 1000 * (100 + (i * 53) % 2900) END,
       y,
       (CASE WHEN dir = 'IN' THEN 'PT' ELSE 'PC' END) || lpad((row_number() OVER (PARTITION BY y, dir ORDER BY d, i))::text, 5, '0'),
       'Phiếu bench ' || y || ' số ' || i
     FROM generate_series(2017, 2016 + ${FUND_BENCH_YEARS}) y,
       generate_series(1, ${FUND_BENCH_PER_YEAR}) i,
       LATERAL (SELECT (make_date(y, 1, 1) + ((i * 7919) % 365))::date AS d, CASE WHEN i % 3 = 0 THEN 'IN' ELSE 'OUT' END AS dir) x`,
    [u, inCodes, outCodes],
  );
  await pool.query(
    `INSERT INTO "FundEntry"(id, "unitId", date, direction, account, "categoryId", amount, "voucherYear", "voucherNo", description, "reversesId", "reversalReason")
     SELECT 'bfr-' || e.id, e."unitId", e.date, e.direction, e.account, e."categoryId", -e.amount, e."voucherYear",
       'DC-' || e."voucherNo", 'Điều chỉnh ' || e."voucherNo", e.id, 'Ghi nhầm'
     FROM "FundEntry" e WHERE e."unitId" = $1 AND e.id LIKE 'bfe-%-%00'`,
    [u],
  );
};

export default seedFundBench;
