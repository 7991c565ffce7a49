// Builds the app into .next-bench when needed and serves it against the bench database
// (scripts/start.ts with DATABASE_URL and PORT 3130).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export const BENCH_PORT = Number(process.env.BENCH_PORT ?? 3130);
export const BENCH_DIST = process.env.BENCH_DIST ?? ".next-bench";
export const baseUrl = `http://127.0.0.1:${BENCH_PORT}`;

export function buildIfNeeded(force: boolean) {
  if (!force && existsSync(join(process.cwd(), BENCH_DIST, "BUILD_ID"))) return false;
  const t = Date.now();
  console.log(`Đang build ứng dụng vào ${BENCH_DIST}…`);
  const r = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_DIST_DIR: BENCH_DIST, NODE_ENV: "production" },
  });
  if (r.status !== 0) throw new Error("next build thất bại");
  console.log(`  build: ${((Date.now() - t) / 1000).toFixed(0)} s`);
  return true;
}

export async function startApp(
  databaseUrl: string,
): Promise<{ proc: ChildProcess; stop: () => Promise<void> }> {
  const proc = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(BENCH_PORT),
      NEXT_DIST_DIR: BENCH_DIST,
      AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-0123456789abcdef0123",
      NODE_ENV: "production",
      DB_POOL_SIZE: process.env.DB_POOL_SIZE ?? "10",
    },
  });
  let log = "";
  proc.stdout!.on("data", (c: Buffer) => (log += c.toString()));
  proc.stderr!.on("data", (c: Buffer) => (log += c.toString()));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`Máy chủ benchmark đã dừng:\n${log}`);
    try {
      const r = await fetch(`${baseUrl}/api/health`);
      if (r.ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((ok) => setTimeout(ok, 300));
  }
  const stop = () =>
    new Promise<void>((ok) => {
      if (proc.exitCode !== null) return ok();
      proc.once("exit", () => ok());
      proc.kill("SIGTERM");
      setTimeout(ok, 8000);
    });
  return { proc, stop };
}
