// `npm run bench:compare -- --old /tmp/wt-old [--rounds 3] [--seconds 15] [--label "…"]`: the
// current checkout against another one (an older commit, checked out with its own node_modules and
// built into .next-bench), both served at once against the same bench database, measured in
// interleaved rounds so that a busy shared machine weighs on both alike (decision 0074):
// - the client JS of the member pages (gzip, every <script src> of the HTML, as bench/run.ts);
// - the light pages (about 1 ms of SQL) requested one after another: p50, and the server's CPU
//   milliseconds per request, read from /proc/<pid>/stat (utime + stime) before and after;
// - the capacity on the bench mix (bench/lib/load.ts, 50 connections back to back): CPU ms per
//   request (the primary figure), requests per second and p50.
// Appends the figures to bench/results/<yyyy-mm-dd>-compare.md.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import { cpus } from "node:os";
import { join, resolve } from "node:path";
import { BENCH_EMAILS, BENCH_PASSWORD } from "./lib/accounts";
import { BENCH_DIST } from "./lib/app-server";
import { openBenchDb, readIds } from "./lib/bench-db";
import { signIn, type Cookies } from "./lib/client";
import { gzipBytes } from "./lib/js-size";
import { loadMix, runLoad } from "./lib/load";
import { cpuMs } from "./lib/proc-cpu";
import { ms, percentile } from "./lib/stats";
import type { BenchIds, BenchUser } from "./lib/types";

const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? (argv[i + 1] ?? "") : undefined;
};
const ROUNDS = Number(opt("rounds") ?? 3);
const SECONDS = Number(opt("seconds") ?? 15);
const LIGHT_RUNS = Number(opt("light-runs") ?? 30);
/** Requests per capacity round: a fixed number, all answered before the CPU is read (not a duration). */
const AMOUNT = Number(opt("amount") ?? 240);
const label = opt("label") ?? "So sánh";

type Build = { name: string; dir: string; port: number; proc?: ChildProcess; cookies?: Cookies };

/** Member pages with a form, then pages members only read, then the sign-in page and the BCH's and the
 * tổ trưởng's form pages (`as`: who opens it; "anon" with no session). */
const MEMBER_PAGES: {
  name: string;
  path: (ids: BenchIds) => string;
  form: boolean;
  as?: BenchUser | "anon";
}[] = [
  { name: "Của tôi", path: () => "/me", form: true },
  { name: "Đăng ký thi đua", path: () => "/me/emulation", form: true },
  { name: "Tự đánh giá", path: () => "/me/emulation/assessment", form: true },
  { name: "Gửi ý kiến", path: () => "/me/opinions", form: true },
  { name: "Đổi mật khẩu", path: () => "/me/password", form: true },
  { name: "Hồ sơ của tôi", path: (ids) => `/members/${ids.memberIdOf.member}`, form: false },
  { name: "Thăm hỏi của tôi", path: () => "/me/welfare", form: false },
  { name: "Cuộc họp của tôi", path: () => "/me/meetings", form: false },
  { name: "Đăng nhập", path: () => "/login", form: true, as: "anon" },
  { name: "Đề xuất thăm hỏi (tổ trưởng)", path: () => "/welfare/new", form: true, as: "leader" },
  { name: "Thêm đoàn viên (BCH)", path: () => "/members/new", form: true, as: "chair" },
  {
    name: "Sửa đoàn viên (BCH)",
    path: (ids) => `/members/${ids.memberIdOf.member}/edit`,
    form: true,
    as: "chair",
  },
];

/** Pages whose own SQL takes about a millisecond: what they cost is the per-request floor. */
const LIGHT_PAGES: { path: (ids: BenchIds) => string; as: BenchUser }[] = [
  { path: () => "/me/password", as: "member" },
  { path: () => "/me/welfare", as: "member" },
  { path: () => "/me/meetings", as: "member" },
  { path: (ids) => `/members/${ids.memberIdOf.member}`, as: "member" },
];

async function start(b: Build, databaseUrl: string) {
  if (!existsSync(join(b.dir, BENCH_DIST, "BUILD_ID")))
    throw new Error(
      `${b.dir} has no ${BENCH_DIST} build: run \`NEXT_DIST_DIR=${BENCH_DIST} npm run build\` there.`,
    );
  b.proc = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(b.port)], {
    cwd: b.dir,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXT_DIST_DIR: BENCH_DIST,
      NODE_ENV: "production",
      AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-0123456789abcdef0123",
      DB_POOL_SIZE: process.env.DB_POOL_SIZE ?? "10",
    },
  });
  const base = `http://127.0.0.1:${b.port}`;
  for (const deadline = Date.now() + 90_000; ;) {
    if (b.proc.exitCode !== null) throw new Error(`${b.name}: the server stopped`);
    if (Date.now() > deadline) throw new Error(`${b.name}: the server did not start`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((ok) => setTimeout(ok, 300));
  }
  const cookies = {} as Cookies;
  for (const [as, email] of Object.entries(BENCH_EMAILS))
    cookies[as as BenchUser] = await signIn(email, BENCH_PASSWORD, base);
  b.cookies = cookies;
}

async function get(b: Build, path: string, as: BenchUser | "anon") {
  const res = await fetch(`http://127.0.0.1:${b.port}${path}`, {
    headers: as === "anon" ? {} : { cookie: b.cookies![as] },
    redirect: "manual",
  });
  const body = await res.text();
  if (res.status !== 200) throw new Error(`${b.name} GET ${path}: HTTP ${res.status}`);
  return body;
}

type Tally = {
  times: Map<string, number[]>;
  cpu: Map<string, number>;
  lightCpu: number;
  lightN: number;
  cap: CapRound[];
};
type CapRound = { requests: number; rps: number; p50: number; p95: number; cpuMs: number; errors: number };

async function main() {
  const ids = readIds();
  const oldDir = resolve(opt("old") ?? "/tmp/wt-old-perf");
  const builds: Build[] = [
    { name: "Trước", dir: oldDir, port: Number(opt("old-port") ?? 3240) },
    { name: "Sau", dir: process.cwd(), port: Number(opt("new-port") ?? 3241) },
  ];
  const commitOf = (dir: string) =>
    spawnSync("git", ["-C", dir, "rev-parse", "--short", "HEAD"]).stdout.toString().trim();
  const db = await openBenchDb();
  const tally = new Map<Build, Tally>(
    builds.map((b) => [b, { times: new Map(), cpu: new Map(), lightCpu: 0, lightN: 0, cap: [] }]),
  );
  try {
    for (const b of builds) await start(b, db.url);

    // 1. What a member's phone downloads.
    const weights = MEMBER_PAGES.map((p) => ({ ...p, kb: [] as number[] }));
    for (const w of weights)
      for (const b of builds) {
        const html = await get(b, w.path(ids), w.as ?? "member").catch((err: Error) => {
          console.log(`  ${err.message}: bỏ qua`);
          return null;
        });
        if (html === null) {
          w.kb.push(NaN);
          continue;
        }
        const g = gzipBytes(html, b.dir);
        if (g.missing.length) throw new Error(`${b.name}: missing ${g.missing.join(", ")}`);
        w.kb.push(g.bytes / 1024);
      }
    for (const w of weights)
      console.log(`  JS ${w.name.padEnd(20)} ${w.kb.map((k) => k.toFixed(1).padStart(6)).join(" → ")} KB`);

    // Warm-up: compiled routes, pool connections.
    const mix = loadMix(ids);
    for (const b of builds) for (let i = 0; i < 3; i++) for (const m of mix) await get(b, m.path, m.as);

    for (let round = 0; round < ROUNDS; round++) {
      // Alternate which build goes first, so neither always meets the other's leftovers.
      const order = round % 2 ? [...builds].reverse() : builds;
      for (const b of order) {
        const t = tally.get(b)!;
        const cpu0 = cpuMs(b.proc!.pid!);
        for (const p of LIGHT_PAGES) {
          const path = p.path(ids);
          const list = t.times.get(path) ?? [];
          const pageCpu0 = cpuMs(b.proc!.pid!);
          for (let i = 0; i < LIGHT_RUNS; i++) {
            const t0 = performance.now();
            await get(b, path, p.as);
            list.push(performance.now() - t0);
          }
          t.cpu.set(path, (t.cpu.get(path) ?? 0) + cpuMs(b.proc!.pid!) - pageCpu0);
          t.times.set(path, list);
          t.lightN += LIGHT_RUNS;
        }
        t.lightCpu += cpuMs(b.proc!.pid!) - cpu0;
      }
      for (const b of order) {
        const cpu0 = cpuMs(b.proc!.pid!);
        const t0 = performance.now();
        const r = await runLoad(b.cookies!, mix, SECONDS, 50, `http://127.0.0.1:${b.port}`, AMOUNT);
        const cpu = cpuMs(b.proc!.pid!) - cpu0;
        r.rps = r.requests / ((performance.now() - t0) / 1000);
        const cap = {
          requests: r.requests,
          rps: r.rps,
          p50: r.p50,
          p95: r.p95,
          cpuMs: cpu / Math.max(1, r.requests),
          errors: r.errors + r.non2xx,
        };
        tally.get(b)!.cap.push(cap);
        console.log(
          `  vòng ${round + 1} ${b.name}: ${cap.rps.toFixed(1)} req/s, p50 ${ms(cap.p50)}, ${cap.cpuMs.toFixed(1)} ms CPU/yêu cầu, lỗi ${cap.errors}`,
        );
      }
    }

    // The report.
    const [before, after] = builds.map((b) => tally.get(b)!);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const capOf = (t: Tally) => ({
      requests: sum(t.cap.map((c) => c.requests)),
      rps: sum(t.cap.map((c) => c.rps)) / t.cap.length,
      p50: percentile(
        t.cap.map((c) => c.p50),
        50,
      ),
      cpuMs: sum(t.cap.map((c) => c.cpuMs * c.requests)) / Math.max(1, sum(t.cap.map((c) => c.requests))),
      errors: sum(t.cap.map((c) => c.errors)),
    });
    const cb = capOf(before);
    const ca = capOf(after);
    const kb = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : "– (không mở được)");
    const ratio = (a: number, b: number) => (b ? `${(a / b).toFixed(2)}×` : "–");
    const now = new Date();
    const lines = [
      `## ${label}: ${commitOf(oldDir)} → ${commitOf(process.cwd())} — ${now.toISOString().slice(0, 16).replace("T", " ")} UTC`,
      "",
      `Máy: ${cpus().length} nhân (${cpus()[0]?.model ?? "?"}), dùng chung và đang tải (load ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}); Node ${process.version}; cùng CSDL benchmark; hai bản build \`${BENCH_DIST}\` chạy cùng lúc, ${ROUNDS} vòng xen kẽ. Chỉ số chính là **ms CPU của tiến trình máy chủ cho mỗi yêu cầu** (/proc/<pid>/stat, utime + stime): thời gian chờ trên máy bận không làm sai nó.`,
      "",
      "### JavaScript trang đoàn viên (gzip, các script `<script src>` trong HTML, trừ `nomodule`; bench/lib/js-size.ts)",
      "",
      "| Trang | Đường dẫn | Có form | Trước (KB) | Sau (KB) |",
      "|---|---|---|---:|---:|",
      ...weights.map(
        (w) =>
          `| ${w.name} | \`${w.path(ids)}\` | ${w.form ? "có" : "không"} | ${kb(w.kb[0])} | ${kb(w.kb[1])} |`,
      ),
      "",
      `### Trang nhẹ (SQL ≈ 1 ms), lần lượt từng yêu cầu (${ROUNDS} × ${LIGHT_RUNS} lần mỗi trang)`,
      "",
      "| Trang | ms CPU/yêu cầu trước | ms CPU/yêu cầu sau | p50 trước | p50 sau |",
      "|---|---:|---:|---:|---:|",
      ...LIGHT_PAGES.map((p) => {
        const path = p.path(ids);
        const n = ROUNDS * LIGHT_RUNS;
        return `| \`${path}\` (${p.as}) | ${(before.cpu.get(path)! / n).toFixed(1)} | ${(after.cpu.get(path)! / n).toFixed(1)} | ${ms(percentile(before.times.get(path)!, 50))} | ${ms(percentile(after.times.get(path)!, 50))} |`;
      }),
      `| **Tất cả** | **${(before.lightCpu / before.lightN).toFixed(1)}** | **${(after.lightCpu / after.lightN).toFixed(1)}** (${ratio(before.lightCpu / before.lightN, after.lightCpu / after.lightN)} ít hơn) | | |`,
      "",
      `### Sức chứa: hỗn hợp của bench (bench/lib/load.ts), 50 kết nối liên tục, ${AMOUNT} yêu cầu mỗi vòng`,
      "",
      "| Bản | Vòng: ms CPU/yêu cầu | ms CPU/yêu cầu | req/s (tb) | p50 (trung vị các vòng) | Yêu cầu | Lỗi |",
      "|---|---|---:|---:|---:|---:|---:|",
      ...[
        ["Trước", before, cb],
        ["Sau", after, ca],
      ].map(
        ([n, t, c]) =>
          `| ${n as string} | ${(t as Tally).cap.map((r) => r.cpuMs.toFixed(1)).join(", ")} | ${(c as typeof cb).cpuMs.toFixed(1)} | ${(c as typeof cb).rps.toFixed(1)} | ${ms((c as typeof cb).p50)} | ${(c as typeof cb).requests} | ${(c as typeof cb).errors} |`,
      ),
      "",
      `Sức chứa theo CPU (cùng máy, cùng hỗn hợp): **${ratio(cb.cpuMs, ca.cpuMs)}**; theo req/s đo được: ${ratio(ca.rps, cb.rps)}.`,
      "",
    ];
    const file = join(process.cwd(), "bench/results", `${now.toISOString().slice(0, 10)}-compare.md`);
    if (!existsSync(file))
      appendFileSync(
        file,
        `# So sánh hai bản build ${now.toISOString().slice(0, 10)}\n\nMục tiêu (issue 19, mục 6): trang đoàn viên có form ≤ 130 KB JS gzip; sàn mỗi yêu cầu giảm một nửa; sức chứa ≥ 2× trên cùng máy.\n\n`,
      );
    appendFileSync(file, lines.join("\n") + "\n");
    console.log(lines.join("\n"));
    console.log(`Đã ghi ${file}`);
  } finally {
    for (const b of builds) b.proc?.kill("SIGTERM");
    await new Promise((ok) => setTimeout(ok, 1000));
    await db.stop();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error("So sánh thất bại:", err instanceof Error ? err.stack : err);
    process.exit(1);
  },
);
