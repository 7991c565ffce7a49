// The 60,000-row payroll deduction import (issue 16 item 6: ≤ 30 s, bounded memory), on a copy of
// the money bench's data: `BENCH_DUES_IMPORT_DIR=/tmp/scd-bench-duesimport BENCH_DUES_IMPORT_PORT=54925
// /usr/bin/time -v npx tsx bench/dues-import.ts`. The directory is a copy of a stopped data
// directory seeded by bench/money.ts (60,000 members, ten years of đoàn phí and of fund);
// migrations are applied first. Writes the list for DUES_IMPORT_MONTH and the month after with each
// member's 0,5 % of the BHXH salary (about 2,4 tỷ đồng in all), then times the real path:
// upload (bounded reader, checks, preview) → commit. A committed list cannot be imported twice:
// copy the data directory again before another run.
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { halfPercentOf, payrollMembers, payrollPaidOn, writePayrollFile } from "./lib/payroll-file";
import { benchChair } from "./lib/standalone";
import { startEmbeddedDb } from "../scripts/lib/embedded-db";
import { applyMigrations } from "../scripts/lib/migrate";
import { allowServerOnlyImports } from "../scripts/lib/server-only-shim";

allowServerOnlyImports();

const DIR = process.env.BENCH_DUES_IMPORT_DIR ?? "/tmp/scd-bench-duesimport";
const PORT = Number(process.env.BENCH_DUES_IMPORT_PORT ?? 54925);
const DATABASE = process.env.BENCH_DUES_IMPORT_DB ?? "bench_money-54930";
const ROWS = 60_000;
const secs = (t: number) => `${((performance.now() - t) / 1000).toFixed(1)} s`;

async function writeFile(pool: pg.Pool, unitId: string, file: string) {
  const members = await payrollMembers(pool, unitId);
  // Each member's 0,5 % of the BHXH salary, rounded to the đồng.
  const amountOf = (i: number) => halfPercentOf(members[i % members.length].salary);
  const { sum } = await writePayrollFile(file, members, ROWS, amountOf);
  return { sum, members: members.length, paidOn: payrollPaidOn() };
}

async function main() {
  const db = await startEmbeddedDb({ dataDir: DIR, database: DATABASE, port: PORT, durable: false });
  const pool = new pg.Pool({ connectionString: db.url, max: 2 });
  try {
    let t = performance.now();
    await applyMigrations(db.url);
    console.log(`Migrations ${secs(t)}`);
    process.env.DATABASE_URL = db.url;
    const unitId = "bench-unit";
    const file = `${DIR}-payroll.xlsx`;
    t = performance.now();
    const made = await writeFile(pool, unitId, file);
    console.log(
      `Tệp ${ROWS} dòng (${made.members} đoàn viên có số thẻ), tổng ${made.sum.toLocaleString("vi-VN")} đ, ${secs(t)}`,
    );
    const chair = await benchChair(unitId);
    const { uploadDuesImport } = await import("../lib/finance/dues/import/upload-dues-import");
    const { commitDuesImport } = await import("../lib/finance/dues/commit-dues-import");
    const { readRowsBounded } = await import("../lib/members/import/sheet-process");
    const buffer = readFileSync(file);
    const load = () =>
      loadavg()
        .map((x) => x.toFixed(1))
        .join(" ");
    const cpu = (c: NodeJS.CpuUsage) => `${((c.user + c.system) / 1e6).toFixed(1)} s CPU`;
    if (process.argv.includes("--reader")) {
      // The bounded reader alone (a child process at lower priority), for where the time goes.
      t = performance.now();
      const raw = await readRowsBounded(buffer);
      console.log(`Bộ đọc riêng: ${raw.length} dòng, ${secs(t)} (tải máy ${load()})`);
    }
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const t0 = performance.now();
    try {
      console.log(`Tải máy trước: ${load()}`);
      t = performance.now();
      let c = process.cpuUsage();
      const preview = await uploadDuesImport(chair, "trich-luong-60k.xlsx", buffer, made.paidOn);
      const tUpload = `${secs(t)} (${cpu(process.cpuUsage(c))} của tiến trình, ngoài bộ đọc)`;
      t = performance.now();
      c = process.cpuUsage();
      const done = await commitDuesImport(chair, { importId: preview.id });
      const tCommit = `${secs(t)} (${cpu(process.cpuUsage(c))})`;
      console.log(`Tải máy sau: ${load()}`);
      const wall = (performance.now() - t0) / 1000;
      console.log(
        `Đọc + kiểm tra + lưu bản xem trước ${tUpload}; ghi sổ ${tCommit}; tổng ${wall.toFixed(1)} s ` +
          `(${Math.round(ROWS / wall)} dòng/s; mục tiêu ≤ 30 s); dòng lỗi ${preview.errorCount}; ` +
          `ghi ${done.rows} khoản, ${Number(done.total).toLocaleString("vi-VN")} đ; RSS đỉnh tiến trình ${Math.round(peak / 1e6)} MB`,
      );
      const check = await pool.query<{ n: number; s: string; fund: string }>(
        `SELECT count(*)::int AS n, sum(amount)::text AS s,
           (SELECT sum(amount)::text FROM "FundEntry" WHERE "sourceKind" = 'dues_collection' AND "sourceId" = $1) AS fund
         FROM "DuesPayment" WHERE "importId" = $1`,
        [preview.id],
      );
      console.log(`Trong CSDL: ${check.rows[0].n} khoản, ${check.rows[0].s} đ; quỹ ${check.rows[0].fund} đ`);
    } catch (err) {
      console.log(`LỖI sau ${secs(t0)}: ${(err as Error).message.split("\n").slice(-3).join(" ")}`);
      console.log(`RSS đỉnh tiến trình ${Math.round(peak / 1e6)} MB`);
    } finally {
      clearInterval(timer);
    }
  } finally {
    const { db: prisma } = await import("../lib/db");
    await prisma.$disconnect();
    await pool.end();
    await db.stop();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
