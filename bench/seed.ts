// `npm run bench:seed`: a 60,000-member unit in 1,000 tổ with ten years of history, in its own
// database (see bench/lib/bench-db.ts), then every feature's generator in bench/seed/*.ts, then
// ANALYZE. Set-based SQL throughout; prints the time of each step. Writes the BenchIds file.
// With `--federation`: 2,000 CĐCS under one cấp trên instead (bench/federation/seed.ts).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { hash } from "@node-rs/argon2";
import pg from "pg";
import { BENCH_EMAILS, BENCH_PASSWORD } from "./lib/accounts";
import { HISTORY_STEPS, insertOfficers } from "./lib/base-history";
import { GROUP_COUNT, insertMembers, memberId, MEMBER_COUNT } from "./lib/base-members";
import { openBenchDb, resetDatabase, writeIds, IDS_FILE } from "./lib/bench-db";
import type { BenchIds, BenchSeed } from "./lib/types";
import { applyMigrations } from "../scripts/lib/migrate";

const started = Date.now();
async function step<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const t = Date.now();
  const out = await fn();
  console.log(`  ${name.padEnd(44)} ${((Date.now() - t) / 1000).toFixed(1).padStart(6)} s`);
  return out;
}

async function seedUnit(pool: pg.Pool): Promise<BenchIds> {
  const unitId = "bench-unit";
  await pool.query(
    `INSERT INTO "Unit" (id, name, "parentName", "placeName", "updatedAt")
    VALUES ($1, 'Công đoàn cơ sở Công ty TNHH Giày da Phước Bình', 'Liên đoàn Lao động tỉnh Đồng Nai', 'Biên Hòa', now())`,
    [unitId],
  );
  await pool.query(
    `INSERT INTO "Term" (id, "unitId", name, "startOn", "endOn", "updatedAt") VALUES
    ('bench-term-2018', $1, 'Nhiệm kỳ 2018–2023', '2018-06-01', '2023-05-31', now()),
    ('bench-term-2023', $1, 'Nhiệm kỳ 2023–2028', '2023-06-01', '2028-05-31', now())`,
    [unitId],
  );
  await pool.query(
    `INSERT INTO "Group" (id, "unitId", name, "updatedAt")
    SELECT 'bg' || lpad(g::text, 4, '0'), $1,
      'Tổ ' || (ARRAY['May','Cắt','Hoàn thiện','Đóng gói','Kho','Bảo trì','Chất lượng','Gò','Đế','Văn phòng'])[g % 10 + 1] || ' ' || lpad((g + 1)::text, 4, '0'), now()
    FROM generate_series(0, ${GROUP_COUNT - 1}) g`,
    [unitId],
  );
  const groupIds = Array.from({ length: GROUP_COUNT }, (_, g) => `bg${String(g).padStart(4, "0")}`);
  const firstOf = await step(`${MEMBER_COUNT.toLocaleString("vi-VN")} đoàn viên (unnest)`, () =>
    insertMembers(pool, unitId),
  );
  const third = (g: number) => memberId(firstOf[g] + 2);
  for (const s of HISTORY_STEPS) await step(s.name, () => pool.query(s.sql));
  await step("BCH, UBKT hai nhiệm kỳ", () => insertOfficers(pool, third));
  const memberIdOf = { chair: third(1), leader: memberId(firstOf[0]), member: memberId(firstOf[0] + 3) };
  const users = { chair: "bench-user-chair", leader: "bench-user-leader", member: "bench-user-member" };
  await step("tài khoản (argon2 một lần)", async () => {
    const passwordHash = await hash(BENCH_PASSWORD);
    await pool.query(
      `INSERT INTO "User" (id, "unitId", email, "passwordHash", "memberId", "updatedAt")
      SELECT id, $1, email, $2, member, now() FROM unnest($3::text[], $4::text[], $5::text[]) AS t(id, email, member)`,
      [unitId, passwordHash, Object.values(users), Object.values(BENCH_EMAILS), Object.values(memberIdOf)],
    );
  });
  return { unitId, termId: "bench-term-2023", groupIds, users, memberIdOf };
}

/** Every bench/seed/*.ts that exists: its default export, or its export named seed…, or its only exported function. */
async function featureSeeds(): Promise<{ name: string; fn: BenchSeed }[]> {
  const dir = join(process.cwd(), "bench/seed");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .sort();
  const out: { name: string; fn: BenchSeed }[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(join(dir, f)).href)) as Record<string, unknown>;
    const named = Object.entries(mod).filter(([k, v]) => k !== "default" && typeof v === "function");
    // The default export, else the export named seed…, else the only exported function.
    const fn = (
      typeof mod.default === "function"
        ? mod.default
        : (named.find(([k]) => /^seed/i.test(k)) ?? (named.length === 1 ? named[0] : undefined))?.[1]
    ) as BenchSeed | undefined;
    if (fn) out.push({ name: f.replace(/\.ts$/, ""), fn });
    else
      console.log(`  (bench/seed/${f}: không tìm thấy hàm sinh dữ liệu — export default hoặc seed…; bỏ qua)`);
  }
  return out;
}

async function main() {
  const bench = await openBenchDb();
  try {
    console.log(`CSDL benchmark: ${bench.url.replace(/:[^:@/]+@/, ":***@")}`);
    await step("tạo lại CSDL", () => resetDatabase(bench.url));
    await step("migration", () => applyMigrations(bench.url));
    const pool = new pg.Pool({ connectionString: bench.url, max: 4 });
    await pool.query("SET synchronous_commit = off");
    const ids = await seedUnit(pool);
    for (const { name, fn } of await featureSeeds()) await step(`bench/seed/${name}.ts`, () => fn(pool, ids));
    // VACUUM as autovacuum would after a bulk load: the visibility map lets counts be index-only scans.
    await step("VACUUM ANALYZE", () => pool.query("VACUUM ANALYZE"));
    const { rows } = await pool.query(
      `SELECT (SELECT count(*) FROM "Member") AS members, (SELECT count(*) FROM "Group") AS groups,
      (SELECT count(*) FROM "MemberEvent") AS events, (SELECT count(*) FROM "GroupMembership") AS memberships,
      (SELECT count(*) FROM "Member" WHERE "groupId" = $1) AS big`,
      [ids.groupIds[0]],
    );
    await pool.end();
    writeIds(ids);
    console.log(
      `Xong sau ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(rows[0])}. Ids: ${IDS_FILE}`,
    );
  } finally {
    await bench.stop();
  }
}

// `npm run bench:seed -- --federation`: the federation data set instead (bench/federation/seed.ts).
if (process.argv.includes("--federation")) void import("./federation/seed");
else
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
