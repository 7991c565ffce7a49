// `npx tsx bench/rating-seed.ts`: (re)writes only the annual rating of an already seeded bench
// database (bench/seed/rating.ts), without the three minutes of `npm run bench:seed`. Applies the
// pending migrations first, clears the rating rows the generator made, and prints the counts.
// BENCH_DATA_DIR / BENCH_DB_PORT choose another copy of the database (bench/lib/bench-db.ts).
import pg from "pg";
import { openBenchDb, readIds } from "./lib/bench-db";
import { seedRatingBench } from "./seed/rating";
import { applyMigrations } from "../scripts/lib/migrate";

async function main() {
  const bench = await openBenchDb();
  try {
    await applyMigrations(bench.url, () => {});
    const pool = new pg.Pool({ connectionString: bench.url, max: 4 });
    const ids = readIds();
    const t = Date.now();
    for (const table of [
      "TitleAward",
      "CollectiveScore",
      "CollectiveRating",
      "MemberRating",
      "GroupReview",
      "RatingCriterion",
      "RatingYear",
    ]) {
      await pool.query(`DELETE FROM "${table}"`);
    }
    console.log(`  xoá dữ liệu xếp loại cũ ${((Date.now() - t) / 1000).toFixed(1)} s`);
    const s = Date.now();
    await seedRatingBench(pool, ids);
    console.log(`  bench/seed/rating.ts ${((Date.now() - s) / 1000).toFixed(1)} s`);
    const { rows } = await pool.query(`SELECT ry.year, ry.status, count(mr.*) AS rated,
        count(*) FILTER (WHERE mr."excludedReason" IS NOT NULL) AS excluded,
        count(*) FILTER (WHERE mr."finalLevel" = 'Hoàn thành xuất sắc nhiệm vụ') AS top,
        count(*) FILTER (WHERE mr."finalLevel" IN ('Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ')) AS basis,
        count(*) FILTER (WHERE mr."exceptionReason" IS NOT NULL) AS exceptions,
        (SELECT count(*) FROM "GroupReview" g WHERE g."ratingYearId" = ry.id) AS reviews,
        (SELECT count(*) FROM "TitleAward" a WHERE a."ratingYearId" = ry.id) AS titles
      FROM "RatingYear" ry LEFT JOIN "MemberRating" mr ON mr."ratingYearId" = ry.id GROUP BY ry.id ORDER BY ry.year`);
    console.table(rows);
    await pool.end();
  } finally {
    await bench.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
