// Self-contained emulation benchmark: `npx tsx bench/emulation.ts`. Starts its own embedded
// PostgreSQL (port 54623, data in /tmp/scd-bench-emul), migrates, generates 60,000 members in
// 1,000 tổ (the first one big) with ten years of registrations and self-assessments in set-based
// SQL, then times the BCH's overview query (counts by tổ × state, 30 runs after 3 warm-ups) and a
// bulk approval of 200 registrations of one tổ (one transaction, createMany audit), printing p50 / p95.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { startEmbeddedDb } from "../scripts/lib/embedded-db";
import { applyMigrations } from "../scripts/lib/migrate";
import { GROUP_COUNT, groupId, insertMembers, memberId } from "./lib/base-members";
import { benchYearId, seedEmulationBench } from "./seed/emulation";

// lib/ files import "server-only", which resolves to an empty module only under the react-server condition.
if (!process.execArgv.some((a) => a.includes("react-server"))) {
  const r = spawnSync(process.execPath, [...process.execArgv, "--conditions=react-server", ...process.argv.slice(1)], { stdio: "inherit" });
  process.exit(r.status ?? 1);
}

const RUNS = 30;
const DATA_DIR = "/tmp/scd-bench-emul";
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function time(label: string, target: number, runs: number, fn: () => Promise<unknown>, before?: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) { await before?.(); await fn(); }
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    await before?.();
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const [p50, p95] = [percentile(ms, 50), percentile(ms, 95)];
  console.log(`${label.padEnd(52)} p50 ${p50.toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms   ${p95 < target ? "OK" : "VƯỢT"} (< ${target} ms)`);
  return p95 < target;
}

async function main() {
  rmSync(DATA_DIR, { recursive: true, force: true });
  const db = await startEmbeddedDb({ dataDir: DATA_DIR, database: "bench_emul", port: 54623, durable: false });
  const pool = new pg.Pool({ connectionString: db.url, max: 4 });
  try {
    await applyMigrations(db.url);
    const t0 = performance.now();
    const unitId = "bench-unit";
    await pool.query(`INSERT INTO "Unit"(id, name, "parentName", "placeName", "updatedAt") VALUES ($1, 'Công đoàn Bench', 'Công đoàn cấp trên', 'Hà Nội', now())`, [unitId]);
    await pool.query(`INSERT INTO "Group"(id, "unitId", name, "updatedAt") SELECT 'bg' || lpad(g::text, 4, '0'), $1, 'Tổ ' || g, now() FROM generate_series(0, $2::int - 1) g`, [unitId, GROUP_COUNT]);
    await insertMembers(pool, unitId);
    await pool.query(`INSERT INTO "User"(id, "unitId", email, "passwordHash", "updatedAt") VALUES ('bench-chair', $1, 'chair@bench.vn', 'x', now())`, [unitId]);
    const groupIds = Array.from({ length: GROUP_COUNT }, (_, g) => groupId(g));
    const ids = { unitId, termId: "", groupIds, users: { chair: "bench-chair", leader: "", member: "" }, memberIdOf: { chair: memberId(0), leader: memberId(1), member: memberId(2) } };
    await seedEmulationBench(pool, ids);
    // Ten years of rows have long been vacuumed by autovacuum in a real database.
    await pool.query("VACUUM ANALYZE");
    const c = (await pool.query(`SELECT (SELECT count(*) FROM "Member")::int AS members, (SELECT count(*) FROM "EmulationRegistration")::int AS regs, (SELECT count(*) FROM "EmulationSelfAssessment")::int AS assessments, (SELECT count(*) FROM "Member" WHERE "groupId" = 'bg0000')::int AS big`)).rows[0];
    console.log(`Dữ liệu: ${c.members} đoàn viên trong ${GROUP_COUNT} tổ (tổ lớn nhất ${c.big}), ${c.regs} bản đăng ký, ${c.assessments} phiếu tự đánh giá (10 năm), tạo trong ${((performance.now() - t0) / 1000).toFixed(1)} s.`);

    process.env.DATABASE_URL = db.url;
    const { getRegistrationOverview } = await import("../lib/emulation/queries/overview");
    const { decideRegistrations } = await import("../lib/emulation/handlers/review");
    const { permissionsFor } = await import("../lib/permissions");
    const actor = { userId: "bench-chair", email: "chair@bench.vn", unitId, memberId: memberId(0), fullName: "Bench", ownGroupId: null, ledGroupIds: [], roles: ["chair" as const], permissions: permissionsFor(["chair"]), isSystemAdmin: false };
    const yearId = benchYearId(2026);
    const rows = await getRegistrationOverview(actor, yearId);
    console.log(`Tổng hợp 2026: ${rows.length} tổ, ${rows.reduce((s, r) => s + r.missing, 0)} đoàn viên chưa đăng ký, ${rows.reduce((s, r) => s + r.counts.FORWARDED, 0)} chờ BCH.`);
    const reset = () => pool.query(`UPDATE "EmulationRegistration" r SET state = 'FORWARDED', "decidedAt" = NULL, "decidedById" = NULL FROM (SELECT id FROM "Member" WHERE "groupId" = 'bg0000' AND status = 'ACTIVE' ORDER BY id LIMIT 200) m WHERE r."yearId" = $1 AND r."memberId" = m.id`, [yearId]);
    let approved = 0;
    const ok = [
      await time("Tổng hợp đăng ký theo tổ × trạng thái (60.000 ĐV)", 150, RUNS, () => getRegistrationOverview(actor, yearId)),
      await time("Duyệt hàng loạt một tổ (200 bản, 1 giao dịch)", 1000, 10, async () => { approved = (await decideRegistrations({ yearId, groupId: "bg0000", registrationIds: [], decision: "APPROVE", reason: "" }, actor)).count; }, reset),
    ];
    const audit = (await pool.query(`SELECT count(*)::int AS n FROM "AuditLog" WHERE action = 'emulation.registration.approve'`)).rows[0].n;
    console.log(`Mỗi lần duyệt: ${approved} bản đăng ký; ${audit} dòng nhật ký (một dòng mỗi bản, mỗi lần).`);
    const { db: prisma } = await import("../lib/db");
    await prisma.$disconnect();
    process.exitCode = ok.every(Boolean) ? 0 : 1;
  } finally {
    await pool.end();
    await db.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
