// Several `next start` instances of one build on one PostgreSQL, with nginx in front on loopback:
// the pieces of `npm run scale-out`, the scale-out test (tests/scale/) and the scale-out bench.
// nginx runs as the current user with a config written to a folder of its own (pid, logs, temp
// files there); the proxy settings themselves are deploy/nginx-proxy.conf, the file production uses.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const root = process.cwd();
const nextBin = join(root, "node_modules/next/dist/bin/next");

export const NGINX = process.env.NGINX_BIN ?? "/usr/sbin/nginx";

/** 200 from /api/health within the limit, else false. */
export async function waitHealthy(base: string, limitMs: number): Promise<boolean> {
  const until = Date.now() + limitMs;
  while (Date.now() < until) {
    try {
      const r = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (r.ok) return true;
    } catch {
      /* not up yet */
    }
    await sleep(200);
  }
  return false;
}

export type Instance = {
  port: number;
  /** The address nginx reports for it (X-Served-By). */
  addr: string;
  /** Its connections' application_name in pg_stat_activity. */
  appName: string;
  proc: ChildProcess;
  log: () => string;
  stop: () => Promise<void>;
};

/**
 * One `next start` of the build in `distDir`, with the environment every instance shares (the same
 * AUTH_SECRET, DATABASE_URL, build, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY when set).
 */
export function startInstance(o: {
  port: number;
  databaseUrl: string;
  distDir: string;
  env?: Record<string, string>;
}): Instance {
  const appName = `scd-${o.port}`;
  const url = new URL(o.databaseUrl);
  url.searchParams.set("application_name", appName);
  const proc = spawn(process.execPath, [nextBin, "start", "-p", String(o.port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      TRUSTED_PROXIES: "127.0.0.1,::1",
      ...o.env,
      NEXT_DIST_DIR: o.distDir,
      DATABASE_URL: url.toString(),
      PORT: String(o.port),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const keep = (d: Buffer) => (log = (log + d.toString()).slice(-20_000));
  proc.stdout!.on("data", keep);
  proc.stderr!.on("data", keep);
  const stop = () =>
    new Promise<void>((ok) => {
      if (proc.exitCode !== null || proc.signalCode !== null) return ok();
      const t = setTimeout(() => (proc.kill("SIGKILL"), ok()), 8000);
      proc.once("exit", () => (clearTimeout(t), ok()));
      proc.kill("SIGTERM");
    });
  return { port: o.port, addr: `127.0.0.1:${o.port}`, appName, proc, log: () => log, stop };
}

/** The nginx.conf for a run as an ordinary user: everything under `dir`, listening on loopback. */
export function nginxConf(o: { dir: string; port: number; upstreams: number[]; servedBy?: boolean }) {
  const d = resolve(o.dir);
  return `# Written by scripts/faults/two-instances.ts: nginx as the current user, on loopback.
worker_processes 1;
pid ${d}/nginx.pid;
error_log ${d}/error.log warn;
events { worker_connections 1024; }
http {
  access_log ${d}/access.log;
  client_body_temp_path ${d}/client_body;
  proxy_temp_path ${d}/proxy;
  fastcgi_temp_path ${d}/fastcgi;
  uwsgi_temp_path ${d}/uwsgi;
  scgi_temp_path ${d}/scgi;
  upstream sodcongdoan {
${o.upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=10s;`).join("\n")}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${o.port};
    server_name localhost;
    location / {
      include ${root}/deploy/nginx-proxy.conf;
      proxy_pass http://sodcongdoan;
${o.servedBy ? "      # Local runs only: which instance answered (the test and the bench read it).\n      add_header X-Served-By $upstream_addr always;\n" : ""}    }
  }
}
`;
}

export type Nginx = { base: string; conf: string; stop: () => Promise<void> };

/** Starts nginx in front of the given instance ports; stops it (and only it) on stop(). */
export async function startNginx(o: {
  dir: string;
  port: number;
  upstreams: number[];
  servedBy?: boolean;
}): Promise<Nginx> {
  if (!existsSync(NGINX))
    throw new Error(`Không thấy nginx (${NGINX}): cài gói nginx (apt-get install nginx).`);
  mkdirSync(o.dir, { recursive: true });
  const conf = join(resolve(o.dir), "nginx.conf");
  writeFileSync(conf, nginxConf(o));
  const args = ["-p", resolve(o.dir), "-c", conf, "-e", join(resolve(o.dir), "error.log")];
  const test = spawnSync(NGINX, [...args, "-t", "-q"], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`Cấu hình nginx sai:\n${test.stderr}`);
  const run = spawnSync(NGINX, args, { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`nginx không chạy được:\n${run.stderr}`);
  const pidFile = join(resolve(o.dir), "nginx.pid");
  const base = `http://127.0.0.1:${o.port}`;
  const stop = async () => {
    if (!existsSync(pidFile)) return;
    const pid = Number(readFileSync(pidFile, "utf8").trim());
    try {
      process.kill(pid, "SIGQUIT"); // graceful: the master stops its workers
    } catch {
      return;
    }
    for (let i = 0; i < 50 && existsSync(pidFile); i++) await sleep(100);
  };
  return { base, conf, stop };
}
