// `npm run bench:scale-out [-- --seconds 60] [--only-sizes]`: one app instance vs two behind nginx
// on the single-unit bench database (`npm run bench:seed`: 60,000 members, 1,000 tổ, ten years).
// Both runs go through nginx (same proxy path; only the upstream count changes): 50 people with
// think time (bench/lib/users.ts) and the closed-loop capacity (50 connections back to back,
// bench/lib/load.ts). Also measures how big each table is (pg_total_relation_size) per member
// and per year, for docs/scaling.md. Appends to bench/results/<yyyy-mm-dd>-scale-out.md.
// Uses the build in NEXT_DIST_DIR (default .next). The machine's load average is written down:
// on a shared machine the figures move with what else runs.
import { appendFileSync, existsSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { BENCH_EMAILS, BENCH_PASSWORD } from "./lib/accounts";
import { openBenchDb, readIds } from "./lib/bench-db";
import { signIn, type Cookies } from "./lib/client";
import { loadMix, runLoad, type LoadResult } from "./lib/load";
import { ms } from "./lib/stats";
import { runUsers, THINK_MS } from "./lib/users";
import { startInstance, startNginx, waitHealthy, type Instance } from "../scripts/faults/two-instances";

const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const SECONDS = Number(opt("seconds") ?? 60);
const APP_PORTS = (process.env.SCALE_APP_PORTS ?? "3140,3141").split(",").map(Number);
const NGINX_PORT = Number(process.env.SCALE_PORT ?? 8140);
const DIST = process.env.NEXT_DIST_DIR ?? ".next";
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" / ");

type Run = {
  instances: number;
  users: LoadResult;
  capacity: LoadResult;
  loadBefore: string;
  loadAfter: string;
};

async function measure(url: string, n: number): Promise<Run> {
  const instances: Instance[] = APP_PORTS.slice(0, n).map((port) =>
    startInstance({
      port,
      databaseUrl: url,
      distDir: DIST,
      env: { AUTH_SECRET: "bench-secret-0123456789abcdef0123", DB_POOL_SIZE: "10", NOTIFY_WORKER: "off" },
    }),
  );
  const nginx = await startNginx({
    dir: `/tmp/scd-bench-scale-nginx-${NGINX_PORT}`,
    port: NGINX_PORT,
    upstreams: APP_PORTS.slice(0, n),
  });
  try {
    for (const i of instances)
      if (!(await waitHealthy(`http://${i.addr}`, 120_000)))
        throw new Error(`Phiên bản ${i.port}:\n${i.log()}`);
    const cookies = {} as Cookies;
    for (const [as, email] of Object.entries(BENCH_EMAILS))
      cookies[as as keyof Cookies] = await signIn(email, BENCH_PASSWORD, nginx.base);
    const mix = loadMix(readIds());
    // Warm-up: every page of the mix twice on every instance (compiled routes, pools, caches).
    for (let k = 0; k < 2 * n; k++)
      for (const m of mix)
        await (await fetch(nginx.base + m.path, { headers: { cookie: cookies[m.as] } })).text();
    const loadBefore = load();
    console.log(`${n} phiên bản: 50 người dùng, đọc trang trung bình ${THINK_MS / 1000} s (${SECONDS} s)…`);
    const users = await runUsers(cookies, mix, { users: 50, seconds: SECONDS, base: nginx.base });
    console.log(
      `  ${users.rps.toFixed(1)} req/s, p50 ${ms(users.p50)} p95 ${ms(users.p95)}, lỗi ${users.errors}`,
    );
    console.log(`${n} phiên bản: sức chứa, 50 kết nối liên tục (20 s)…`);
    const capacity = await runLoad(cookies, mix, 20, 50, nginx.base);
    console.log(
      `  ${capacity.rps.toFixed(1)} req/s, p50 ${ms(capacity.p50)} p95 ${ms(capacity.p95)}, lỗi ${capacity.errors}`,
    );
    return { instances: n, users, capacity, loadBefore, loadAfter: load() };
  } finally {
    await nginx.stop();
    await Promise.all(instances.map((i) => i.stop()));
  }
}

/** Bytes of every table with its indexes and TOAST, largest first. */
async function tableSizes(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const rows = (
    await c.query(`
      SELECT c.relname AS name, pg_total_relation_size(c.oid)::bigint AS bytes, c.reltuples::bigint AS rows
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'
      ORDER BY pg_total_relation_size(c.oid) DESC`)
  ).rows.map((r) => ({ name: r.name as string, bytes: Number(r.bytes), rows: Number(r.rows) }));
  const members = Number((await c.query(`SELECT count(*) AS n FROM "Member"`)).rows[0].n);
  const db = Number((await c.query(`SELECT pg_database_size(current_database()) AS n`)).rows[0].n);
  await c.end();
  return { rows, members, db };
}

const kb = (b: number) => (b / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 1 });
const mb = (b: number) => (b / 1024 / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 1 });

async function main() {
  const bench = await openBenchDb();
  const now = new Date();
  const file = join(process.cwd(), "bench/results", `${now.toISOString().slice(0, 10)}-scale-out.md`);
  if (!existsSync(file))
    writeFileSync(
      file,
      `# Scale-out: một phiên bản và hai phiên bản sau nginx (${now.toISOString().slice(0, 10)})\n\nCSDL benchmark một đơn vị (\`npm run bench:seed\`). Lệnh: \`npm run bench:scale-out\`. Mục tiêu (issue 18, mục 7): 50 người dùng p95 ≤ 300 ms trên một và trên hai phiên bản; ghi sức chứa của mỗi cấu hình.\n\n`,
    );
  try {
    const sizes = await tableSizes(bench.url);
    let out = `## Kích thước bảng (${now.toISOString().slice(0, 16).replace("T", " ")} UTC)\n\n`;
    out += `CSDL ${mb(sizes.db)} MB cho ${sizes.members.toLocaleString("vi-VN")} đoàn viên (10 năm lịch sử trong dữ liệu bench). \`pg_total_relation_size\` (bảng + chỉ mục + TOAST).\n\n`;
    out += `| Bảng | Dòng (ước) | MB | KB / đoàn viên |\n|---|---:|---:|---:|\n`;
    for (const r of sizes.rows.filter((r) => r.bytes >= 256 * 1024))
      out += `| ${r.name} | ${r.rows.toLocaleString("vi-VN")} | ${mb(r.bytes)} | ${kb(r.bytes / sizes.members)} |\n`;
    appendFileSync(file, out + "\n");
    console.log(out);
    if (argv.includes("--only-sizes")) return;

    const runs: Run[] = [];
    for (const n of [1, 2]) runs.push(await measure(bench.url, n));
    let t = `## Một và hai phiên bản sau nginx (${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC)\n\n`;
    t += `Máy: ${cpus().length} nhân (${cpus()[0]?.model ?? "?"}), Node ${process.version}, **máy dùng chung** với các phiên làm việc khác (load average 1/5/15 phút ghi ở mỗi dòng). PostgreSQL nhúng cùng máy; mỗi phiên bản \`next start\` với DB_POOL_SIZE=10; cả hai cấu hình đi qua cùng nginx 1.22 (round robin), chỉ khác số upstream. Tập trang: \`bench/lib/load.ts\` (loadMix).\n\n`;
    t += `| Phiên bản | Tải | Yêu cầu | req/s | p50 | p95 | p99 | Lỗi / không 2xx | Load trước → sau |\n|---:|---|---:|---:|---:|---:|---:|---:|---|\n`;
    for (const r of runs) {
      t += `| ${r.instances} | 50 người dùng, đọc ${THINK_MS / 1000} s, ${SECONDS} s | ${r.users.requests} | ${r.users.rps.toFixed(1)} | ${ms(r.users.p50)} | ${ms(r.users.p95)} | ${ms(r.users.p99)} | ${r.users.errors} / ${r.users.non2xx} | ${r.loadBefore} → ${r.loadAfter} |\n`;
      t += `| ${r.instances} | sức chứa: 50 kết nối liên tục, 20 s | ${r.capacity.requests} | ${r.capacity.rps.toFixed(1)} | ${ms(r.capacity.p50)} | ${ms(r.capacity.p95)} | ${ms(r.capacity.p99)} | ${r.capacity.errors} / ${r.capacity.non2xx} | |\n`;
    }
    appendFileSync(file, t + "\n");
    console.log(t);
  } finally {
    await bench.stop();
  }
  console.log(`Đã ghi ${file}`);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error("Benchmark thất bại:", err instanceof Error ? err.stack : err);
    process.exit(1);
  },
);
