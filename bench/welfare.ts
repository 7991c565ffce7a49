// Self-contained welfare benchmark: `npx tsx bench/welfare.ts`. Starts its own embedded PostgreSQL
// (port 54622, data in /tmp/scd-bench-welfare), migrates, generates 60,000 members and 100,000 visits
// with set-based SQL, then times the server-side data functions behind the year summary and the
// first page of the visit list (30 runs each, after 3 warm-up runs) and prints p50 / p95.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { startEmbeddedDb } from "../scripts/lib/embedded-db";
import { applyMigrations } from "../scripts/lib/migrate";
import { GROUP_COUNT, insertMembers, memberId } from "./lib/base-members";
import { seedWelfareBench, WELFARE_BENCH_VISITS } from "./seed/welfare";

// lib/ files import "server-only", which resolves to an empty module only under the react-server condition.
if (!process.execArgv.some((a) => a.includes("react-server"))) {
  const r = spawnSync(process.execPath, [...process.execArgv, "--conditions=react-server", ...process.argv.slice(1)], { stdio: "inherit" });
  process.exit(r.status ?? 1);
}

const RUNS = 30;
const TARGET_MS = 150;
const DATA_DIR = "/tmp/scd-bench-welfare";

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function time(label: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await fn();
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  const [p50, p95] = [percentile(runs, 50), percentile(runs, 95)];
  console.log(`${label.padEnd(44)} p50 ${p50.toFixed(1).padStart(6)} ms   p95 ${p95.toFixed(1).padStart(6)} ms   ${p95 < TARGET_MS ? "OK" : "VƯỢT"} (< ${TARGET_MS} ms)`);
  return p95;
}

async function main() {
  rmSync(DATA_DIR, { recursive: true, force: true });
  const db = await startEmbeddedDb({ dataDir: DATA_DIR, database: "bench_welfare", port: 54622, durable: false });
  const pool = new pg.Pool({ connectionString: db.url, max: 4 });
  try {
    await applyMigrations(db.url);
    const t0 = performance.now();
    const unitId = "bench-unit";
    await pool.query(`INSERT INTO "Unit"(id, name, "parentName", "placeName", "updatedAt") VALUES ($1, 'Công đoàn Bench', 'Công đoàn cấp trên', 'Hà Nội', now())`, [unitId]);
    await pool.query(`INSERT INTO "Group"(id, "unitId", name, "updatedAt") SELECT 'bg' || lpad(g::text, 4, '0'), $1, 'Tổ ' || g, now() FROM generate_series(0, $2::int - 1) g`, [unitId, GROUP_COUNT]);
    await insertMembers(pool, unitId);
    const ids = { unitId, termId: "", groupIds: [], users: { chair: "", leader: "", member: "" }, memberIdOf: { chair: memberId(0), leader: memberId(1), member: memberId(2) } };
    await seedWelfareBench(pool, ids);
    await pool.query("ANALYZE");
    const counts = (await pool.query(`SELECT (SELECT count(*) FROM "Member")::int AS members, (SELECT count(*) FROM "WelfareVisit")::int AS visits`)).rows[0];
    console.log(`Dữ liệu: ${counts.members} đoàn viên, ${counts.visits} lượt thăm hỏi (yêu cầu ${WELFARE_BENCH_VISITS}), tạo trong ${((performance.now() - t0) / 1000).toFixed(1)} s.`);

    process.env.DATABASE_URL = db.url;
    const { getYearSummary } = await import("../lib/welfare/summary");
    const { findVisits } = await import("../lib/welfare/queries");
    const { permissionsFor } = await import("../lib/permissions");
    const actor = { userId: "bench", email: "bench@x", unitId, memberId: memberId(0), fullName: "Bench", ownGroupId: null, ledGroupIds: [], roles: ["chair" as const], permissions: permissionsFor(["chair"]), isSystemAdmin: false };
    const list = { year: 2026, category: "", group: "", state: "" as const, q: "", page: 1 };
    const summary = await getYearSummary(actor, 2026);
    console.log(`Năm 2026: ${summary.count} lượt, tổng ${summary.total.toLocaleString("vi-VN")} đ.`);
    const results = [
      await time("Tổng hợp năm 2026 (getYearSummary)", () => getYearSummary(actor, 2026)),
      await time("Danh sách thăm hỏi trang 1 (findVisits)", () => findVisits(actor, list)),
      await time("Danh sách, tìm “nguyen” (findVisits)", () => findVisits(actor, { ...list, q: "nguyen" })),
      await time("Danh sách, lọc tổ (findVisits)", () => findVisits(actor, { ...list, group: "bg0000" })),
    ];
    const { db: prisma } = await import("../lib/db");
    await prisma.$disconnect();
    process.exitCode = results.every((p) => p < TARGET_MS) ? 0 : 1;
  } finally {
    await pool.end();
    await db.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
