// `npm run bench:federation -- [--db fed|single] [--no-cases] [--no-load] [--seconds 60] [--label "Trước khi sửa"]`
// Times the cấp trên's pages and a CĐCS's own pages (bench/federation/cases.ts) on one `next start`
// of the .next-bench build, then (federation only) 50 people over 20 CĐCS on one instance and on
// two behind nginx, with the capacity (closed loop) and the CPU ms per request of the app and of
// PostgreSQL. `--db single` runs the CĐCS pages on a copy of the single-unit bench (60,000 members):
// BENCH_DATA_DIR (default /tmp/scd-bench-fedcmp) on BENCH_DB_PORT (default 54976).
// Appends to bench/results/2026-12-07-federation.md, with the machine's load average for each run.
import { appendFileSync, existsSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { upperCases, unitMix, unitPages, type FedCase } from "./cases";
import { cpuMsOfTree, postmasterPid, withMachine } from "./cpu";
import { openFedDb } from "./db";
import { ensureFedIds } from "./ids";
import { FED_PASSWORD, type FedIds } from "./shape";
import { runPeople, type PeopleResult } from "./users";
import { startInstance, startNginx, waitHealthy, type Instance } from "../../scripts/faults/two-instances";
import { BENCH_EMAILS, BENCH_PASSWORD } from "../lib/accounts";
import { signIn, type Cookies } from "../lib/client";
import { runLoad, type LoadResult } from "../lib/load";
import { ms, percentile, timeRuns } from "../lib/stats";

const argv = process.argv.slice(2);
const opt = (n: string) => (argv.includes(`--${n}`) ? argv[argv.indexOf(`--${n}`) + 1] : undefined);
const single = opt("db") === "single";
const label = opt("label") ?? "Lần chạy";
const SECONDS = Number(opt("seconds") ?? 60);
const RUNS = Number(opt("runs") ?? 20);
const APP_PORTS = [3470, 3471];
const NGINX_PORT = 8470;
// BENCH_DIST: another build of the same tree (e.g. an "after" build made while a "before" run serves .next-bench).
const DIST = process.env.BENCH_DIST ?? ".next-bench";
const FILE = join(process.cwd(), "bench/results/2026-12-07-federation.md");
const dataDir = single
  ? (process.env.BENCH_DATA_DIR ?? "/tmp/scd-bench-fedcmp")
  : (process.env.BENCH_DATA_DIR ?? join(process.cwd(), ".data/bench-federation"));
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" / ");
const out: string[] = [];
const say = (line: string) => (console.log(line), out.push(line));
/** Progress on the console only (with the time and load), so that a slow start-up shows where it is. */
const step = (what: string) =>
  console.log(`[${new Date().toISOString().slice(11, 19)} load ${load()}] ${what}`);
let ids: FedIds;

function instances(url: string, n: number): Instance[] {
  return APP_PORTS.slice(0, n).map((port) =>
    startInstance({
      port,
      databaseUrl: url,
      distDir: DIST,
      env: { AUTH_SECRET: "bench-secret-0123456789abcdef0123", DB_POOL_SIZE: "10", NOTIFY_WORKER: "off" },
    }),
  );
}

async function signInAll(base: string): Promise<Record<string, string>> {
  const jar: Record<string, string> = {};
  if (single) {
    jar[BENCH_EMAILS.chair] = await signIn(BENCH_EMAILS.chair, BENCH_PASSWORD, base);
    return jar;
  }
  jar.upper = await signIn(ids.upperEmail, FED_PASSWORD, base);
  for (const c of ids.chairs) jar[c.email] = await signIn(c.email, FED_PASSWORD, base);
  return jar;
}

async function timeCase(base: string, jar: Record<string, string>, c: FedCase) {
  const get = async () => {
    const res = await fetch(base + c.path, { headers: { cookie: jar[c.as] }, redirect: "manual" });
    await res.arrayBuffer();
    return res.status;
  };
  const first = await get();
  if (c.optional && first === 404) return say(`| ${c.name} | \`${c.path}\` | chưa xây dựng (404) | | | |`);
  if (first !== 200) return say(`| ${c.name} | \`${c.path}\` | LỖI HTTP ${first} | | | |`);
  for (let i = 0; i < 2; i++) await get();
  const t = await timeRuns(RUNS, get);
  const p95 = percentile(t, 95);
  say(
    `| ${c.name} | \`${c.path}\` | ${ms(percentile(t, 50))} | ${ms(p95)} | ≤ ${c.targetP95Ms} ms | ${p95 <= c.targetP95Ms ? "đạt" : "**không đạt**"} |`,
  );
}

async function cases(url: string) {
  const [app] = instances(url, 1);
  try {
    const base = `http://${app.addr}`;
    if (!(await waitHealthy(base, 120_000))) throw new Error(app.log());
    const jar = await signInAll(base);
    const list: FedCase[] = [];
    if (single) list.push(...unitPages(BENCH_EMAILS.chair, "CĐCS một đơn vị (60.000 ĐV)"));
    else {
      list.push(...upperCases(ids));
      for (const c of [ids.chairs[0], ids.chairs[5], ids.chairs[12]])
        list.push(...unitPages(c.email, `CĐCS ${c.unitId} (${c.members.toLocaleString("vi-VN")} ĐV)`));
    }
    say(
      `\n### ${label}: từng trang (${single ? "CSDL một đơn vị" : "CSDL liên đoàn"}), load trước ${load()}\n`,
    );
    say(`${RUNS} lần đo mỗi trang sau 3 lần khởi động, một \`next start\`, tuần tự.\n`);
    say(`| Trang | Đường dẫn | p50 | p95 | Mục tiêu | |\n|---|---|---:|---:|---|---|`);
    for (const c of list) await timeCase(base, jar, c);
    say(`\nLoad sau: ${load()}`);
  } finally {
    await app.stop();
  }
}

/** One warm-up request, never longer than a minute (a hung one stalled the two-instance run). */
async function warm(url: string, cookie: string): Promise<boolean> {
  try {
    const res = await fetch(url, { headers: { cookie }, signal: AbortSignal.timeout(60_000) });
    await res.arrayBuffer();
    return res.ok;
  } catch {
    return false;
  }
}

/**
 * Ends what the previous phase's instances left running in PostgreSQL: a killed `next start` does
 * not cancel its queries, and the one-instance capacity run left up to 50 of the cấp trên's heavy
 * ones running into the two-instance start-up (last run: no end after 900 s at load 26).
 */
async function quietDb(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ n: number }>(
      `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
        WHERE application_name LIKE 'scd-%' AND pid <> pg_backend_pid()`,
    );
    if (rows[0].n) step(`đã dừng ${rows[0].n} kết nối còn lại của lần chạy trước`);
  } finally {
    await c.end();
  }
}

type Measured = { r: LoadResult; appCpu: number; dbCpu: number; busyPct: number; stealPct: number };
const pages: string[] = [];
/** Each page of the people run, slowest p95 first: where the tail comes from. */
const byPathLine = (rows: PeopleResult["byPath"]) =>
  [...rows]
    .sort((a, b) => b.p95 - a.p95)
    .map((r) => `\`${r.path}\` ${r.n} lần, p50 ${ms(r.p50)}, p95 ${ms(r.p95)}`)
    .join("; ");
async function withCpu(apps: Instance[], pm: number, fn: () => Promise<LoadResult>): Promise<Measured> {
  const cpu = () => apps.reduce((a, i) => a + cpuMsOfTree(i.proc.pid!), 0);
  const a0 = cpu();
  const d0 = cpuMsOfTree(pm);
  const { value: r, busyPct, stealPct } = await withMachine(fn);
  return {
    r,
    appCpu: (cpu() - a0) / r.requests,
    dbCpu: (cpuMsOfTree(pm) - d0) / r.requests,
    busyPct,
    stealPct,
  };
}

async function loads(url: string) {
  const pm = postmasterPid(dataDir);
  say(`\n### ${label}: 50 người dùng trên 20 CĐCS, một và hai phiên bản sau nginx\n`);
  say(
    `| Phiên bản | Tải | Yêu cầu | req/s | p50 | p95 | p99 | Lỗi / không 2xx | CPU app ms/yêu cầu | CPU PostgreSQL ms/yêu cầu | Máy bận / steal | Load trước → sau |\n|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|`,
  );
  for (const n of [1, 2]) {
    step(`${n} phiên bản: chờ PostgreSQL rảnh, chạy next start và nginx`);
    await quietDb(url);
    const apps = instances(url, n);
    const nginx = await startNginx({
      dir: `/tmp/scd-fedbench-nginx-${NGINX_PORT}`,
      port: NGINX_PORT,
      upstreams: APP_PORTS.slice(0, n),
    });
    try {
      for (const i of apps) if (!(await waitHealthy(`http://${i.addr}`, 120_000))) throw new Error(i.log());
      step(`${n} phiên bản: đăng nhập ${ids.chairs.length + 1} tài khoản qua nginx`);
      const jar = await signInAll(nginx.base);
      const mixes = ids.chairs.map((c) =>
        unitMix(c.email, ids.sample[c.unitId]).map((m) => ({ path: m.path, cookie: jar[m.as] })),
      );
      const upperMix = upperCases(ids)
        .filter((c) => !c.optional)
        .map((c) => ({ path: c.path, cookie: jar.upper }));
      // Ten people per 50 are the cấp trên's staff (every fifth mix), the rest work in their CĐCS.
      const people = Array.from({ length: 50 }, (_, i) => (i % 5 === 4 ? upperMix : mixes[i % mixes.length]));
      // Warm-up, on each instance directly: every page of every person's mix, twice. A route's code
      // loads on its first request; V8 optimises the render code only after some hundreds of calls,
      // and each of the pool's connections fills its catalogue caches on first use. With one pass
      // over the first unit's pages (before 07/12/2026) the timed run still paid for that: p50
      // 89 ms against 62–66 ms once warm (bench/results/2026-12-07-federation.md). A server in service
      // runs warm; the run measures that state.
      step(`${n} phiên bản: khởi động (mọi trang của mọi người, hai lượt, trên mỗi phiên bản)`);
      let slow = 0;
      for (let pass = 0; pass < 2; pass++)
        for (const app of apps)
          for (const mix of [...mixes, upperMix])
            for (const m of mix) slow += (await warm(`http://${app.addr}${m.path}`, m.cookie)) ? 0 : 1;
      if (slow) step(`${slow} trang khởi động quá 60 s hoặc lỗi`);
      step(`${n} phiên bản: 50 người dùng, ${SECONDS} s`);
      const before = load();
      const u = await withCpu(apps, pm, () => runPeople(nginx.base, people, { users: 50, seconds: SECONDS }));
      const flat = people
        .slice(0, 25)
        .flatMap((mix) => mix.map((m, j) => ({ path: m.path, as: `${j}:${m.cookie}` })));
      const cookieOf = Object.fromEntries(flat.map((m) => [m.as, m.as.slice(m.as.indexOf(":") + 1)]));
      step(`${n} phiên bản: sức chứa, 50 kết nối liên tục`);
      const cap = await withCpu(apps, pm, () =>
        runLoad(cookieOf as unknown as Cookies, flat as never, 20, 50, nginx.base),
      );
      const row = (what: string, m: Measured, b: string) =>
        say(
          `| ${n} | ${what} | ${m.r.requests} | ${m.r.rps.toFixed(1)} | ${ms(m.r.p50)} | ${ms(m.r.p95)} | ${ms(m.r.p99)} | ${m.r.errors} / ${m.r.non2xx} | ${m.appCpu.toFixed(0)} | ${m.dbCpu.toFixed(0)} | ${m.busyPct.toFixed(0)} % / ${m.stealPct.toFixed(1)} % | ${b} |`,
        );
      row(`50 người dùng, đọc 5 s, ${SECONDS} s`, u, `${before} → ${load()}`);
      row("sức chứa: 50 kết nối liên tục, 20 s", cap, load());
      pages.push(`${n} phiên bản: ` + byPathLine((u.r as PeopleResult).byPath));
    } finally {
      await nginx.stop();
      await Promise.all(apps.map((i) => i.stop()));
    }
  }
  say(`\nTừng trang của phần 50 người dùng (p95 giảm dần):\n`);
  for (const line of pages) say(`- ${line}`);
}

async function main() {
  const db = await openFedDb({
    dataDir,
    port: Number(process.env.BENCH_DB_PORT ?? (single ? 54976 : 54975)),
  });
  if (!single) ids = await ensureFedIds(db.url);
  if (!existsSync(FILE))
    writeFileSync(
      FILE,
      `# Benchmark liên đoàn: 2.000 CĐCS, 300.000 đoàn viên (2026-12-07)\n\nLệnh: \`npm run bench:seed:federation\`, \`npm run bench:federation\`, \`npm run bench:federation -- --db single\`. Máy dùng chung: load average 1/5/15 phút ghi ở mỗi lần chạy.\n`,
    );
  try {
    if (!argv.includes("--no-cases")) await cases(db.url);
    if (!single && !argv.includes("--no-load")) await loads(db.url);
  } finally {
    appendFileSync(FILE, out.join("\n") + "\n");
    await db.stop();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error("Benchmark thất bại:", err instanceof Error ? err.stack : err);
    process.exit(1);
  },
);
