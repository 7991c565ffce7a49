// `npm run bench:seed:federation` (or `npm run bench:seed -- --federation`): the federation data set
// of issue 18 item 7 in its own database (embedded PostgreSQL on BENCH_DB_PORT, default 54975, data
// in BENCH_DATA_DIR, default .data/bench-federation): one LĐLĐ tỉnh → one cấp trên trực tiếp →
// 2,000 CĐCS, 300,000 members, five years of history (bench/federation/history.ts), an upper_chair
// account and a chủ tịch account in 20 CĐCS, submissions when the Submission model exists.
// Set-based SQL; prints each step's time; VACUUM ANALYZE at the end; writes the ids file.
import { hash } from "@node-rs/argon2";
import pg from "pg";
import { openFedDb } from "./db";
import { UNIT_STEPS } from "./history";
import {
  FED_PASSWORD,
  LDLD_ID,
  TO_SIZE,
  UPPER_ID,
  unitId,
  unitSizes,
  writeFedIds,
  type FedIds,
} from "./shape";
import { seedSubmissions } from "./submissions";
import { toSearchText, toSortName } from "../../lib/format";
import { applyMigrations } from "../../scripts/lib/migrate";
import { rng, vietnameseName } from "../../tests/factories/names";
import { resetDatabase } from "../lib/bench-db";

const started = Date.now();
const argv = process.argv.slice(2);
async function step<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const t = Date.now();
  const out = await fn();
  console.log(`  ${name.padEnd(46)} ${((Date.now() - t) / 1000).toFixed(1).padStart(6)} s`);
  return out;
}

/** The staging tables: each CĐCS's number, size, tổ count and first member number; a name list. */
async function staging(pool: pg.Pool) {
  const sizes = unitSizes();
  const firsts: number[] = [];
  sizes.reduce((acc, s) => (firsts.push(acc), acc + s), 0);
  await pool.query(`DROP TABLE IF EXISTS fed_unit; DROP TABLE IF EXISTS fed_name`);
  await pool.query(
    `CREATE UNLOGGED TABLE fed_unit (k int PRIMARY KEY, id text, size int, groups int, first int)`,
  );
  await pool.query(
    `INSERT INTO fed_unit SELECT k, 'fu' || lpad(k::text, 4, '0'), size, greatest(1, ceil(size / ${TO_SIZE}.0)::int), first
     FROM unnest($1::int[], $2::int[]) WITH ORDINALITY AS t(size, first, k)`,
    [sizes, firsts],
  );
  // 20,000 names drawn once (a lookup table; members pick one by hash in SQL).
  const r = rng(20261207);
  const names = Array.from({ length: 20_000 }, (_, i) => {
    const gender = i % 3 === 0 ? "MALE" : "FEMALE";
    const full = vietnameseName(r, gender);
    return { full, gender };
  });
  await pool.query(
    `CREATE UNLOGGED TABLE fed_name (i int PRIMARY KEY, fname text, search text, sort text, gender text)`,
  );
  await pool.query(
    `INSERT INTO fed_name SELECT i - 1, fname, search, sort, gender FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS t(fname, search, sort, gender, i)`,
    [
      names.map((n) => n.full),
      names.map((n) => toSearchText(n.full)),
      names.map((n) => toSortName(n.full)),
      names.map((n) => n.gender),
    ],
  );
  return sizes;
}

async function accounts(pool: pg.Pool, sizes: number[]): Promise<FedIds> {
  const passwordHash = await hash(FED_PASSWORD);
  const byUnit = sizes.map((s, i) => ({ k: i + 1, s }));
  const sorted = [...byUnit].sort((a, b) => b.s - a.s);
  // 20 CĐCS: the 3 largest, 5 mid-sized, 12 small ones, spread over the range.
  const chosen = [
    ...sorted.slice(0, 3),
    ...[12, 60, 110, 160, 199].map((i) => sorted[i]),
    ...Array.from({ length: 12 }, (_, j) => sorted[220 + j * 148]),
  ];
  const chairs = chosen.map((c, j) => ({
    email: `chutich${String(j + 1).padStart(2, "0")}@fed.bench.vn`,
    unitId: unitId(c.k),
    members: c.s,
  }));
  // Every CĐCS has its chủ tịch's account (their submissions are signed by it); the bench signs in
  // with 20 of them. Re-runnable (`--from 8`): the bench accounts are written afresh.
  await pool.query(`DELETE FROM "User" WHERE id LIKE 'fed-user-%'`);
  await pool.query(
    `INSERT INTO "User"(id, "unitId", email, "passwordHash", "upperOffice", "updatedAt")
     VALUES ('fed-user-upper', $1, 'captren@fed.bench.vn', $2, 'CHAIR', now())`,
    [UPPER_ID, passwordHash],
  );
  await pool.query(
    `INSERT INTO "User"(id, "unitId", email, "passwordHash", "memberId", "lastLoginAt", "updatedAt")
     SELECT 'fed-user-' || f.id, f.id, coalesce(t.email, 'chutich.' || f.k || '@fed.bench.vn'), $3,
       'fm' || lpad(f.first::text, 6, '0'), CASE WHEN f.k % 7 <> 0 THEN TIMESTAMPTZ '2026-11-20 08:00+07' END, now()
     FROM fed_unit f LEFT JOIN unnest($1::text[], $2::text[]) AS t(u, email) ON t.u = f.id`,
    [chairs.map((c) => c.unitId), chairs.map((c) => c.email), passwordHash],
  );
  const { rows } = await pool.query<{ unit: string; member: string; grp: string }>(
    `SELECT f.id AS unit, 'fm' || lpad((f.first + 2 * f.groups + 1 + f.groups)::text, 6, '0') AS member, 'fg' || f.k || '-0' AS grp
     FROM fed_unit f WHERE f.id = ANY($1)`,
    [chairs.map((c) => c.unitId)],
  );
  const sample = Object.fromEntries(rows.map((r) => [r.unit, { memberId: r.member, groupId: r.grp }]));
  return { upperEmail: "captren@fed.bench.vn", chairs, sample, submissions: false };
}

async function main() {
  const bench = await openFedDb({ migrate: false });
  try {
    console.log(`CSDL benchmark liên đoàn: ${bench.url.replace(/:[^:@/]+@/, ":***@")}`);
    // `--from <n>`: resume at step n of bench/federation/history.ts after a failed run (staging kept).
    const from = argv.includes("--from") ? Number(argv[argv.indexOf("--from") + 1]) : 0;
    if (!from) {
      await step("tạo lại CSDL", () => resetDatabase(bench.url));
      await step("migration", () => applyMigrations(bench.url));
    }
    const pool = new pg.Pool({
      connectionString: bench.url,
      max: 2,
      options: "-c synchronous_commit=off -c work_mem=64MB -c maintenance_work_mem=256MB",
    });
    pool.on("error", () => {}); // idle clients killed when the embedded server stops
    if (!from)
      await pool.query(
        `INSERT INTO "Unit"(id, name, "parentName", "placeName", kind, "parentId", "updatedAt") VALUES
       ($1, 'Liên đoàn Lao động tỉnh Đồng Nai', 'Tổng Liên đoàn Lao động Việt Nam', 'Đồng Nai', 'UPPER', NULL, now()),
       ($2, 'Liên đoàn Lao động thành phố Biên Hòa', 'Liên đoàn Lao động tỉnh Đồng Nai', 'Biên Hòa', 'UPPER', $1, now())`,
        [LDLD_ID, UPPER_ID],
      );
    const sizes = await step("bảng tạm (2.000 CĐCS, 20.000 họ tên)", () => staging(pool));
    for (const s of UNIT_STEPS.slice(from ? from - 1 : 0)) await step(s.name, () => pool.query(s.sql));
    const ids = await step("tài khoản (cấp trên + chủ tịch mỗi CĐCS)", () => accounts(pool, sizes));
    ids.submissions = await step("hồ sơ gửi cấp trên (Submission)", () => seedSubmissions(pool));
    await pool.query(`DROP TABLE fed_unit; DROP TABLE fed_name`);
    await step("VACUUM ANALYZE", () => pool.query("VACUUM ANALYZE"));
    const { rows } = await pool.query(
      `SELECT (SELECT count(*) FROM "Unit") AS units, (SELECT count(*) FROM "Member") AS members, (SELECT count(*) FROM "Group") AS groups,
       (SELECT count(*) FROM "MemberEvent") AS events, (SELECT count(*) FROM "WelfareVisit") AS visits,
       (SELECT count(*) FROM "EmulationRegistration") AS registrations, (SELECT count(*) FROM "MemberRating") AS ratings`,
    );
    await pool.end();
    writeFedIds(ids);
    console.log(`Xong sau ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(rows[0])}`);
  } finally {
    await bench.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
