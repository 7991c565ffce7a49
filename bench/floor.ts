// `npx tsx bench/floor.ts [--dir <checkout>] [--path /me/password] [--as member] [--runs 200] [--encoding identity]
// [--cpu-prof <folder>]`: where a light
// page's time goes (issue 19, item 6; decision 0087). Against the bench database:
// 1. the whole request: a build (`<dir>/.next-bench`, `next start`) serves `path` to the bench
//    user (`as`) `runs` times, one after another; the server's CPU ms per request (/proc);
// 2. the parts the app runs on every page, timed here in this process with the same code and the
//    same database, CPU (process.cpuUsage) and wall ms per call: reading the session cookie, the
//    actor's query, the header bell's count, the unit's name.
// What remains of (1) after (2) is Next.js itself: routing, the proxy, rendering the page twice
// (RSC, then HTML), streaming.
import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { BENCH_EMAILS, BENCH_PASSWORD } from "./lib/accounts";
import { BENCH_DIST } from "./lib/app-server";
import { openBenchDb, readIds } from "./lib/bench-db";
import { signIn } from "./lib/client";
import { cpuMs } from "./lib/proc-cpu";
import { allowServerOnlyImports } from "../scripts/lib/server-only-shim";

allowServerOnlyImports();

const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const DIR = resolve(opt("dir") ?? process.cwd());
const PATH = opt("path") ?? "/me/password";
const RUNS = Number(opt("runs") ?? 200);
const PORT = Number(opt("port") ?? 3482);
const AS = (opt("as") ?? "member") as keyof typeof BENCH_EMAILS;
/** What the client accepts: "gzip" as a browser (the app compresses), "identity" as behind a proxy that compresses. */
const ENCODING = opt("encoding") ?? "gzip, deflate, br";
/** A folder for the server's V8 CPU profile (`node --cpu-prof`), written when it stops: bench/lib/profile-summary.ts reads it. */
const PROFILE_DIR = opt("cpu-prof");
const SECRET = process.env.AUTH_SECRET ?? "bench-secret-0123456789abcdef0123";

/** CPU and wall ms per call of `fn`, over `n` calls after 10 warm-ups. */
async function timeIt(n: number, fn: () => unknown) {
  for (let i = 0; i < 10; i++) await fn();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < n; i++) await fn();
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1000 / n, wall: (performance.now() - t0) / n };
}

async function main() {
  if (!existsSync(join(DIR, BENCH_DIST, "BUILD_ID"))) throw new Error(`${DIR} has no ${BENCH_DIST} build.`);
  const db = await openBenchDb();
  process.env.DATABASE_URL = db.url;
  process.env.AUTH_SECRET = SECRET;
  const profile = PROFILE_DIR ? ["--cpu-prof", "--cpu-prof-dir", resolve(PROFILE_DIR)] : [];
  const server = spawn(
    process.execPath,
    [...profile, "node_modules/next/dist/bin/next", "start", "-p", String(PORT)],
    {
      cwd: DIR,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, NEXT_DIST_DIR: BENCH_DIST, NODE_ENV: "production", DB_POOL_SIZE: "10" },
    },
  );
  const base = `http://127.0.0.1:${PORT}`;
  try {
    for (const deadline = Date.now() + 90_000; ;) {
      if (Date.now() > deadline) throw new Error("the server did not start");
      if (
        await fetch(`${base}/api/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((ok) => setTimeout(ok, 300));
    }
    const cookie = await signIn(BENCH_EMAILS[AS], BENCH_PASSWORD, base);
    const get = async () => {
      const res = await fetch(base + PATH, { headers: { cookie, "accept-encoding": ENCODING } });
      await res.text();
      if (res.status !== 200) throw new Error(`GET ${PATH}: HTTP ${res.status}`);
    };
    for (let i = 0; i < 30; i++) await get();
    // What one response weighs: the HTML, and within it the RSC payload (the inline __next_f scripts).
    const html = await (
      await fetch(base + PATH, { headers: { cookie, "accept-encoding": "identity" } })
    ).text();
    const flight = [...html.matchAll(/<script>self\.__next_f\.push\((.*?)\)<\/script>/gs)].reduce(
      (n, m) => n + m[1].length,
      0,
    );
    const weight = `HTML ${(Buffer.byteLength(html) / 1024).toFixed(1)} KB, of which the inline RSC payload ${(flight / 1024).toFixed(1)} KB`;
    if (argv.includes("--save-html")) writeFileSync(`/tmp/floor-${PATH.replace(/\W+/g, "_")}.html`, html);
    // Statements the page sends to PostgreSQL: each outside a transaction commits one.
    const stat = new pg.Client({ connectionString: db.url });
    await stat.connect();
    const commits = async () =>
      Number(
        (await stat.query(`SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()`))
          .rows[0].xact_commit,
      );
    await stat.query("SELECT pg_stat_clear_snapshot()");
    const x0 = await commits();
    const c0 = cpuMs(server.pid!);
    const t0 = performance.now();
    const mono0 = process.hrtime.bigint() / 1000n; // the profile's clock (µs, monotonic)
    for (let i = 0; i < RUNS; i++) await get();
    const whole = { cpu: (cpuMs(server.pid!) - c0) / RUNS, wall: (performance.now() - t0) / RUNS };
    if (PROFILE_DIR)
      console.log(`profile: --window ${mono0}-${process.hrtime.bigint() / 1000n} --requests ${RUNS}`);
    // What Next.js costs with none of the app's work: the 404 page (root layout and not-found, no
    // session, no SQL), the same number of times.
    const miss = async () => {
      const res = await fetch(`${base}/floor-no-such-page`, { headers: { "accept-encoding": ENCODING } });
      await res.text();
      if (res.status !== 404) throw new Error(`the 404 page: HTTP ${res.status}`);
    };
    for (let i = 0; i < 30; i++) await miss();
    const m0 = cpuMs(server.pid!);
    for (let i = 0; i < RUNS; i++) await miss();
    const empty = (cpuMs(server.pid!) - m0) / RUNS;
    // The statistics collector reports at most every second or so.
    await new Promise((ok) => setTimeout(ok, 2000));
    await stat.query("SELECT pg_stat_clear_snapshot()");
    const perRequest = ((await commits()) - x0 - 2) / RUNS;
    await stat.end();

    // The parts, in this process (the current checkout's code).
    const { readSessionCookies } = await import("@/lib/auth/session-cookie");
    const { loadActor } = await import("@/lib/auth/current-user");
    const { countUnread } = await import("@/lib/notifications/queries");
    const { getUnit } = await import("@/lib/settings/queries");
    const [name, value] = cookie.split(/=(.*)/s);
    const user = readSessionCookies([{ name, value }], SECRET, false);
    if (!user || user === "unreadable") throw new Error("the bench cookie did not read");
    const ids = readIds();
    const parts = {
      "session cookie (decrypt, policy)": await timeIt(RUNS, () =>
        readSessionCookies([{ name, value }], SECRET, false),
      ),
      "actor: one query": await timeIt(RUNS, () => loadActor(user.id, user.signedInAtMs, user.sid)),
      "bell: countUnread (Prisma)": await timeIt(RUNS, () => countUnread({ userId: ids.users[AS] })),
      "unit's name: getUnit (Prisma)": await timeIt(RUNS, () => getUnit(ids.unitId)),
    };
    const rows = [
      `Trang \`${PATH}\` (${AS}), ${RUNS} lần, Accept-Encoding \`${ENCODING}\`, bản build ${DIR}; ${weight}:`,
      "",
      "| Phần | ms CPU / lần | ms (đồng hồ) / lần |",
      "|---|---:|---:|",
      `| **Cả yêu cầu** (CPU của tiến trình máy chủ; ${perRequest.toFixed(1)} câu lệnh SQL / yêu cầu) | **${whole.cpu.toFixed(1)}** | ${whole.wall.toFixed(1)} |`,
      `| Next.js alone: the 404 page (no session, no SQL), CPU of the server process | ${empty.toFixed(1)} | |`,
      ...Object.entries(parts).map(([k, v]) => `| ${k} | ${v.cpu.toFixed(2)} | ${v.wall.toFixed(2)} |`),
    ];
    console.log(rows.join("\n"));
    const { db: prisma } = await import("@/lib/db");
    await prisma.$disconnect();
  } finally {
    server.kill("SIGTERM");
    await new Promise((ok) => setTimeout(ok, PROFILE_DIR ? 5000 : 1000)); // the profile is written on exit
    await db.stop();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err instanceof Error ? err.stack : err);
    process.exit(1);
  },
);
