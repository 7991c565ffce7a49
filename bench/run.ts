// `npm run bench [-- --only members,welfare] [--build] [--no-load] [--mix light] [--think 5000] [--label "Sau khi sửa"]`:
// serves the app against the bench database, signs in the bench users, times every BenchCase of
// bench/cases/*.ts (server time and its raw SQL), measures the capacity (autocannon, 50 connections
// back to back) and 50 concurrent users with think time (bench/lib/users.ts), weighs the client JS
// and appends the figures to bench/results/<yyyy-mm-dd>.md.
import { appendFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { BENCH_EMAILS, BENCH_PASSWORD } from "./lib/accounts";
import { buildIfNeeded, startApp } from "./lib/app-server";
import { openBenchDb, readIds } from "./lib/bench-db";
import { makeAction, makeGet, signIn, type Cookies } from "./lib/client";
import { gzipBytes } from "./lib/js-size";
import { loadMix, runLoad, type LoadResult } from "./lib/load";
import { renderRun, type CaseResult, type PageWeight } from "./lib/report";
import { ms, percentile, timeRuns } from "./lib/stats";
import type { BenchCase, BenchCtx, BenchPage } from "./lib/types";
import { THINK_MS, runUsers } from "./lib/users";

const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? (argv[i + 1] ?? "") : undefined;
};
const only = opt("only")?.split(",").filter(Boolean);
const label = opt("label") ?? "Lần chạy";

const CORE_PAGES: BenchPage[] = [
  { name: "Của tôi", path: "/me", as: "member", memberFacing: true },
  {
    name: "Hồ sơ của tôi",
    path: (ids) => `/members/${ids.memberIdOf.member}`,
    as: "member",
    memberFacing: true,
  },
  { name: "Đăng ký thi đua của tôi", path: "/me/emulation", as: "member", memberFacing: true },
  { name: "Tự đánh giá của tôi", path: "/me/emulation/assessment", as: "member", memberFacing: true },
  { name: "Gửi ý kiến", path: "/me/opinions", as: "member", memberFacing: true },
  { name: "Đổi mật khẩu", path: "/me/password", as: "member", memberFacing: true },
  { name: "Thăm hỏi của tôi", path: "/me/welfare", as: "member", memberFacing: true },
  { name: "Cuộc họp của tôi", path: "/me/meetings", as: "member", memberFacing: true },
  { name: "Danh sách đoàn viên (BCH)", path: "/members", as: "chair" },
  { name: "Hồ sơ đoàn viên (BCH)", path: (ids) => `/members/${ids.memberIdOf.leader}`, as: "chair" },
  { name: "Tổ công đoàn", path: "/groups", as: "chair" },
  { name: "Tổng quan", path: "/dashboard", as: "chair" },
];

async function loadCases() {
  const dir = join(process.cwd(), "bench/cases");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .sort();
  const cases: { file: string; c: BenchCase }[] = [];
  const pages: BenchPage[] = [];
  for (const f of files) {
    const file = f.replace(/\.ts$/, "");
    if (only && !only.includes(file)) continue;
    const mod = (await import(pathToFileURL(join(dir, f)).href)) as Record<string, unknown>;
    for (const [key, value] of Object.entries(mod)) {
      if (!Array.isArray(value)) continue;
      if (key === "pages") pages.push(...(value as BenchPage[]));
      else
        for (const c of value as BenchCase[]) if (c && typeof c.run === "function") cases.push({ file, c });
    }
  }
  return { cases, pages };
}

async function measure(ctx: BenchCtx, file: string, c: BenchCase): Promise<CaseResult> {
  const runs = c.runs ?? 30;
  try {
    await c.setup?.(ctx);
    for (let i = 0; i < 3; i++) await c.run(ctx); // warm-up: compiled routes, pool connections, caches
    const app = await timeRuns(runs, () => c.run(ctx));
    let raw: number[] | undefined;
    if (c.raw) {
      for (let i = 0; i < 3; i++) await c.raw(ctx);
      raw = await timeRuns(runs, () => c.raw!(ctx));
    }
    const r: CaseResult = {
      file,
      name: c.name,
      kind: c.kind,
      runs,
      p50: percentile(app, 50),
      p95: percentile(app, 95),
      target: c.targetP95Ms,
    };
    if (raw) Object.assign(r, { rawP50: percentile(raw, 50), rawP95: percentile(raw, 95) });
    const ratio = r.rawP50 ? ` ratio ${(r.p50 / r.rawP50).toFixed(1)}×` : "";
    console.log(
      `  ${c.name.padEnd(48)} p50 ${ms(r.p50).padStart(7)} p95 ${ms(r.p95).padStart(7)}  SQL p50 ${ms(r.rawP50 ?? NaN).padStart(7)}${ratio}`,
    );
    return r;
  } catch (err) {
    console.log(`  ${c.name}: LỖI ${(err as Error).message}`);
    return { file, name: c.name, kind: c.kind, runs, p50: NaN, p95: NaN, error: (err as Error).message };
  }
}

async function main() {
  const ids = readIds();
  buildIfNeeded(argv.includes("--build"));
  const bench = await openBenchDb();
  const app = await startApp(bench.url);
  const pool = new pg.Pool({ connectionString: bench.url, max: 4 });
  try {
    const cookies = {} as Cookies;
    for (const [as, email] of Object.entries(BENCH_EMAILS))
      cookies[as as keyof Cookies] = await signIn(email, BENCH_PASSWORD);
    const ctx: BenchCtx = { ids, pool, get: makeGet(cookies), action: makeAction(cookies) };
    const { cases, pages } = await loadCases();
    console.log(`${cases.length} trường hợp${only ? ` (--only ${only.join(",")})` : ""}:`);
    const results: CaseResult[] = [];
    for (const { file, c } of cases) results.push(await measure(ctx, file, c));

    const loads: LoadResult[] = [];
    if (!argv.includes("--no-load")) {
      // --mix light: without the 1,000-row pages (/groups, /dashboard), to see what they cost.
      const mix = loadMix(ids).filter(
        (m) => opt("mix") !== "light" || !["/groups", "/dashboard"].includes(m.path),
      );
      const show = (l: LoadResult) =>
        console.log(
          `  ${l.rps.toFixed(1)} req/s, p50 ${ms(l.p50)} p95 ${ms(l.p95)} p99 ${ms(l.p99)}, ${l.requests} yêu cầu, lỗi ${l.errors}, không 2xx ${l.non2xx}`,
        );
      // People first: after the capacity run the server still works through the requests queued
      // by 50 saturating connections, which would land in the first seconds of the next run.
      const thinkMs = opt("think") ? Number(opt("think")) : THINK_MS;
      console.log(`50 người dùng đồng thời, mỗi người đọc trang trung bình ${thinkMs / 1000} s (60 s)…`);
      loads.push(await runUsers(cookies, mix, { users: 50, seconds: 60, thinkMs }));
      show(loads[0]);
      console.log("Sức chứa: 50 kết nối gửi liên tục (autocannon, 20 s)…");
      loads.push(await runLoad(cookies, mix, 20, 50));
      show(loads[1]);
    }

    const weights: PageWeight[] = [];
    for (const p of [...CORE_PAGES, ...pages]) {
      const path = typeof p.path === "function" ? p.path(ids) : p.path;
      const html = await (await ctx.get(path, p.as)).text();
      const g = gzipBytes(html);
      weights.push({
        name: p.name,
        path,
        kb: g.bytes / 1024,
        files: g.files,
        memberFacing: !!p.memberFacing,
      });
      console.log(`  JS ${p.name.padEnd(34)} ${(g.bytes / 1024).toFixed(1)} KB gzip (${g.files} file)`);
    }

    const env = `Máy: ${cpus().length} nhân (${cpus()[0]?.model ?? "?"}), Node ${process.version}; CSDL ${(await pool.query('SELECT count(*)::int AS n FROM "Member"')).rows[0].n} đoàn viên; bản build \`.next-bench\` (next start); ${cases[0]?.c.runs ?? 30} lần đo sau 3 lần khởi động.`;
    const now = new Date();
    const file = join(process.cwd(), "bench/results", `${now.toISOString().slice(0, 10)}.md`);
    mkdirSync(join(process.cwd(), "bench/results"), { recursive: true });
    if (!existsSync(file))
      writeFileSync(
        file,
        `# Benchmark ${now.toISOString().slice(0, 10)}\n\nMục tiêu: trang danh sách p95 ≤ 150 ms; tìm đoàn viên p95 ≤ 50 ms; tỉ lệ thời gian app / SQL thô ≤ 3×; 50 người dùng đồng thời p95 ≤ 300 ms, 0 lỗi; trang cho đoàn viên ≤ 150 KB JS gzip.\n\n`,
      );
    appendFileSync(file, renderRun({ label, when: now, cases: results, loads, pages: weights, env }) + "\n");
    console.log(`Đã ghi ${file}`);
  } finally {
    await pool.end();
    await app.stop();
    await bench.stop();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error("Benchmark thất bại:", err instanceof Error ? err.stack : err);
    process.exit(1);
  },
);
