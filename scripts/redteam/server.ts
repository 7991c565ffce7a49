// The server under test: by default a throw-away instance started here exactly as `npm start`
// starts one (scripts/start.ts: embedded PostgreSQL, migrations, the demo unit, `next start` on the
// existing build); or, with REDTEAM_URL and REDTEAM_DATABASE_URL, one that is already running.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";

export type Target = {
  base: string;
  databaseUrl: string;
  distDir: string;
  port: number;
  /** Only when this script started the server. */
  launcher: ChildProcess | null;
  stop: () => Promise<void>;
};

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

export async function waitForHealth(base: string, timeoutMs: number): Promise<number> {
  const t = Date.now();
  while (Date.now() - t < timeoutMs) {
    try {
      const res = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return Date.now() - t;
    } catch {
      /* not up yet */
    }
    await sleep(200);
  }
  throw new Error(`${base}/api/health không trả lời 200 sau ${timeoutMs / 1000} s`);
}

export async function startTarget(root: string): Promise<Target> {
  const distDir = join(root, process.env.NEXT_DIST_DIR ?? ".next");
  if (process.env.REDTEAM_URL) {
    const base = process.env.REDTEAM_URL.replace(/\/$/, "");
    const databaseUrl = process.env.REDTEAM_DATABASE_URL;
    if (!databaseUrl) throw new Error("REDTEAM_URL cần kèm REDTEAM_DATABASE_URL (để so cơ sở dữ liệu).");
    return {
      base,
      databaseUrl,
      distDir,
      port: Number(new URL(base).port),
      launcher: null,
      stop: async () => {},
    };
  }
  if (!existsSync(join(distDir, "BUILD_ID")))
    throw new Error("Chưa có bản build: chạy `npx next build` trước `npm run redteam`.");
  const port = Number(process.env.PORT ?? 3207);
  const dbPort = Number(process.env.SCD_DB_PORT ?? 54627);
  const launcher = spawn(
    process.execPath,
    [join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"],
    {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
      env: {
        ...process.env,
        PORT: String(port),
        SCD_DB_PORT: String(dbPort),
        SCD_DATA_DIR: process.env.SCD_DATA_DIR ?? `/tmp/scd-redteam-${dbPort}`,
        SCD_RESET_DATA: "1",
        SCD_FAST_DB: "1",
        DATABASE_URL: "",
        AUTH_SECRET: "redteam-secret-not-for-production-0123456789",
        NODE_ENV: "production",
      },
    },
  );
  const log: string[] = [];
  const keep = (b: Buffer) => {
    log.push(b.toString());
    if (process.env.REDTEAM_VERBOSE) process.stderr.write(b);
  };
  launcher.stdout!.on("data", keep);
  launcher.stderr!.on("data", keep);
  const base = `http://localhost:${port}`;
  const stop = async () => {
    if (launcher.exitCode !== null || launcher.signalCode !== null) return;
    launcher.kill("SIGTERM");
    const exited = new Promise((ok) => launcher.once("exit", ok));
    if (!(await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)])))
      process.kill(-launcher.pid!, "SIGKILL");
  };
  try {
    await waitForHealth(base, 240_000);
  } catch (err) {
    await stop();
    throw new Error(`${(err as Error).message}\n${log.join("").slice(-3000)}`);
  }
  return {
    base,
    databaseUrl: `postgresql://postgres:postgres@127.0.0.1:${dbPort}/so_cong_doan`,
    distDir,
    port,
    launcher,
    stop,
  };
}

/** The process listening on the port (the Next server), from /proc. */
export function listenerPid(port: number): number | null {
  const out = spawnSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" }).stdout ?? "";
  const m = /pid=(\d+)/.exec(out);
  return m ? Number(m[1]) : null;
}

/** Resident memory of a process, in MB (0 when it is gone). */
export function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** The process and all its descendants. */
export function processTree(pid: number): number[] {
  const parent = new Map<number, number>();
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, "utf8");
      parent.set(Number(d), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      /* gone */
    }
  }
  const out = [pid];
  for (let i = 0; i < out.length; i++) for (const [c, p] of parent) if (p === out[i]) out.push(c);
  return out;
}

export function db(url: string) {
  return new pg.Client({ connectionString: url });
}

/** A fingerprint of what the checks could change: row counts of every table, the last audit id. */
export async function fingerprint(url: string): Promise<Record<string, number>> {
  const c = db(url);
  await c.connect();
  try {
    const tables = await c.query<{ t: string }>(
      `SELECT table_name AS t FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('_prisma_migrations', 'LoginAttempt')
       ORDER BY 1`,
    );
    const out: Record<string, number> = {};
    for (const { t } of tables.rows)
      out[t] = Number((await c.query(`SELECT count(*)::int AS n FROM "${t}"`)).rows[0].n);
    out["AuditLog.maxId"] = Number(
      (await c.query(`SELECT coalesce(max(id), 0)::bigint AS n FROM "AuditLog"`)).rows[0].n,
    );
    return out;
  } finally {
    await c.end();
  }
}

export function diff(a: Record<string, number>, b: Record<string, number>): string[] {
  return Object.keys({ ...a, ...b })
    .filter((k) => a[k] !== b[k])
    .map((k) => `${k}: ${a[k]} → ${b[k]}`);
}
