// 100,000 welfare visits over ten years (2017–2026) for the 60,000-member bench unit, in set-based
// SQL: categories, one rate version, a budget per year, visits spread over members, categories,
// funds and states (one in six cancelled), a visitor on every visit.
import type { Pool } from "pg";
import { bulkLoad } from "../lib/bulk-load";
import type { BenchSeed } from "../lib/types";

const CATEGORIES = [
  "Ốm đau, nằm viện",
  "Bệnh hiểm nghèo",
  "Thai sản",
  "Hiếu (đoàn viên qua đời)",
  "Hiếu (thân nhân)",
  "Hỉ (kết hôn)",
  "Tai nạn",
  "Khó khăn đột xuất",
  "Hoàn cảnh khó khăn thường xuyên",
  "Quà lễ Tết",
  "Quà 8-3, 20-10",
  "Quà 1-6 cho con đoàn viên",
  "Khen thưởng con đoàn viên học giỏi",
];

export const WELFARE_BENCH_VISITS = 100_000;

export const seedWelfareBench: BenchSeed = async (pool: Pool, ids) => {
  const u = ids.unitId;
  await pool.query(
    `INSERT INTO "WelfareCategory"(id, "unitId", name, kind, "relativeApplies", "sortOrder", "updatedAt")
     SELECT 'bwc' || n, $1, name, 'PAYMENT', n IN (5, 12, 13), n * 10, now() FROM unnest($2::text[]) WITH ORDINALITY AS t(name, n)`,
    [u, CATEGORIES],
  );
  await pool.query(
    `INSERT INTO "WelfareRateVersion"(id, "unitId", "effectiveFrom", "adoptedOn", reference, "updatedAt") VALUES ('bwr1', $1, '2017-01-01', '2016-12-20', 'Quy chế chi tiêu nội bộ số 01/QC-CĐCS', now())`,
    [u],
  );
  await pool.query(
    `INSERT INTO "WelfareRateLine"(id, "versionId", "categoryId", "defaultAmount", "maxPerTime", "maxTimesPerYear", "updatedAt")
     SELECT 'bwl' || n, 'bwr1', 'bwc' || n, 300000, 1000000, CASE WHEN n = 1 THEN 2 END, now() FROM generate_series(1, $1::int) n`,
    [CATEGORIES.length],
  );
  await pool.query(
    `INSERT INTO "WelfareBudget"(id, "unitId", year, "categoryId", fund, amount, "updatedAt")
     SELECT 'bwb' || y || '-' || n, $1, y, 'bwc' || n, 'UNION_FUND', 50000000, now() FROM generate_series(2017, 2026) y, generate_series(1, $2::int) n`,
    [u, CATEGORIES.length],
  );
  // Written with the tables' indexes and foreign keys set aside and rebuilt afterwards (bench/lib/bulk-load.ts).
  await bulkLoad(pool, ["WelfareVisit", "WelfareVisitor"], async () => {
    // Members in a fixed order, so the spread is the same on every run.
    await pool.query(
      `WITH m AS (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM "Member" WHERE "unitId" = $1), c AS (SELECT count(*) AS n FROM m)
       INSERT INTO "WelfareVisit"(id, "unitId", "memberId", "categoryId", "eventOn", "visitedOn", amount, fund, state, "receiptNumber", "updatedAt")
       SELECT 'bwv' || i, $1, m.id, 'bwc' || (1 + i % $3::int), d, d + 2, (100 + (i % 19) * 50) * 1000 + (i % 7) * 1001,
              (ARRAY['UNION_FUND', 'EMPLOYER', 'SOCIALIZED'])[1 + i % 3]::"WelfareFund",
              (ARRAY['DONE', 'DONE', 'DONE', 'APPROVED', 'PROPOSED', 'CANCELLED'])[1 + i % 6]::"WelfareVisitState",
              'PC-' || i, now()
       FROM generate_series(1, $2::int) i
       CROSS JOIN LATERAL (SELECT date '2017-01-01' + ((i::bigint * 37) % 3652)::int AS d) dd
       JOIN m ON m.rn = 1 + (i::bigint * 7919) % (SELECT n FROM c)`,
      [u, WELFARE_BENCH_VISITS, CATEGORIES.length],
    );
    await pool.query(
      `INSERT INTO "WelfareVisitor"("visitId", "memberId") SELECT v.id, $2 FROM "WelfareVisit" v WHERE v."unitId" = $1`,
      [u, ids.memberIdOf.chair],
    );
  });
  await pool.query(`ANALYZE "WelfareVisit"; ANALYZE "WelfareVisitor"; ANALYZE "WelfareCategory"`);
};

export default seedWelfareBench;
