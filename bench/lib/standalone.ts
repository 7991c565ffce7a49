// What the self-contained feature benchmarks (bench/welfare.ts, bench/emulation.ts) share: their own
// throw-away embedded PostgreSQL, the 60,000-member unit, a chủ tịch to act as, and the timing line.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { GROUP_COUNT, insertMembers, memberId } from "./base-members";
import { percentile } from "./stats";
import { startEmbeddedDb } from "../../scripts/lib/embedded-db";
import { applyMigrations } from "../../scripts/lib/migrate";

/** lib/ files import "server-only", an empty module only under the react-server condition: re-run under it. */
export function rerunUnderReactServer() {
  if (process.execArgv.some((a) => a.includes("react-server"))) return;
  const r = spawnSync(
    process.execPath,
    [...process.execArgv, "--conditions=react-server", ...process.argv.slice(1)],
    { stdio: "inherit" },
  );
  process.exit(r.status ?? 1);
}

/** A fresh database in /tmp/scd-bench-<name>, migrated, with the unit, its 1,000 tổ and 60,000 members. */
export async function openBenchUnit(name: string, port: number) {
  const dataDir = `/tmp/scd-bench-${name}`;
  rmSync(dataDir, { recursive: true, force: true });
  const db = await startEmbeddedDb({ dataDir, database: `bench_${name}`, port, durable: false });
  const pool = new pg.Pool({ connectionString: db.url, max: 4 });
  await applyMigrations(db.url);
  const unitId = "bench-unit";
  await pool.query(
    `INSERT INTO "Unit"(id, name, "parentName", "placeName", "updatedAt") VALUES ($1, 'Công đoàn Bench', 'Công đoàn cấp trên', 'Hà Nội', now())`,
    [unitId],
  );
  await pool.query(
    `INSERT INTO "Group"(id, "unitId", name, "updatedAt") SELECT 'bg' || lpad(g::text, 4, '0'), $1, 'Tổ ' || g, now() FROM generate_series(0, $2::int - 1) g`,
    [unitId, GROUP_COUNT],
  );
  await insertMembers(pool, unitId);
  const close = async () => {
    if (process.env.DATABASE_URL) {
      const { db: prisma } = await import("../../lib/db");
      await prisma.$disconnect();
    }
    await pool.end();
    await db.stop();
  };
  return { db, pool, unitId, close };
}

/** The chủ tịch of the bench unit, as the app's queries and handlers take an actor. */
export async function benchChair(unitId: string, userId = "bench-chair") {
  const { permissionsFor } = await import("../../lib/permissions");
  return {
    userId,
    email: "chair@bench.vn",
    unitId,
    memberId: memberId(0),
    fullName: "Bench",
    ownGroupId: null,
    ledGroupIds: [],
    roles: ["chair" as const],
    permissions: permissionsFor(["chair"]),
    isSystemAdmin: false,
  };
}

/** Three warm-up runs, then `runs` measured ones; prints p50/p95 against the target and says whether p95 met it. */
export async function measure(
  label: string,
  targetMs: number,
  runs: number,
  fn: () => Promise<unknown>,
  before?: () => Promise<unknown>,
) {
  for (let i = 0; i < 3; i++) {
    await before?.();
    await fn();
  }
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    await before?.();
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  const [p50, p95] = [percentile(ms, 50), percentile(ms, 95)];
  console.log(
    `${label.padEnd(52)} p50 ${p50.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms   ${p95 < targetMs ? "OK" : "VƯỢT"} (< ${targetMs} ms)`,
  );
  return p95 < targetMs;
}
