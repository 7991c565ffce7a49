// Runs the real launcher (`npm start`: scripts/start.ts, embedded PostgreSQL + the Next build) on
// a data folder of its own, for the fault scripts that need the whole service (next-kill,
// upload-bomb). The launcher writes the Next process's PID to <dir>/next.pid.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { timed } from "./db-down-http";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startLauncher(o: { dir: string; port: number; dbPort: number }) {
  const base = `http://127.0.0.1:${o.port}`;
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], {
    env: {
      ...process.env,
      PORT: String(o.port),
      SCD_DB_PORT: String(o.dbPort),
      SCD_DATA_DIR: o.dir,
      SCD_RESET_DATA: "1",
      AUTH_SECRET: process.env.AUTH_SECRET ?? "fault-launcher-secret-0123456789",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout!.on("data", (d: Buffer) => (log = (log + d.toString()).slice(-20_000)));
  child.stderr!.on("data", (d: Buffer) => (log = (log + d.toString()).slice(-20_000)));

  const waitHealthy = async (limitMs: number) => {
    const started = Date.now();
    while (Date.now() - started < limitMs) {
      if ((await timed(`${base}/api/health`, {}, 2000)).status === 200) return Date.now() - started;
      await sleep(100);
    }
    return null;
  };
  const stop = async () => {
    child.kill("SIGTERM");
    await new Promise((ok) => {
      const t = setTimeout(ok, 15_000);
      child.once("exit", () => (clearTimeout(t), ok(null)));
    });
  };
  if ((await waitHealthy(300_000)) === null) {
    await stop();
    throw new Error(`ứng dụng không lên:\n${log.slice(-3000)}`);
  }
  return {
    base,
    dbUrl: `postgresql://postgres:postgres@127.0.0.1:${o.dbPort}/so_cong_doan`,
    nextPid: () => Number(readFileSync(join(o.dir, "next.pid"), "utf8")),
    postmasterPid: () =>
      Number(readFileSync(join(o.dir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]),
    waitHealthy,
    log: () => log,
    stop,
  };
}

export function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Resident memory of a process in MB (0 when gone). */
export function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** The process's descendants (children, grandchildren…), with their command lines. */
export function descendants(pid: number): { pid: number; cmd: string }[] {
  const parentOf = new Map<number, number>();
  for (const d of readdirSync("/proc").filter((x) => /^\d+$/.test(x))) {
    try {
      parentOf.set(Number(d), Number(readFileSync(`/proc/${d}/stat`, "utf8").split(") ")[1].split(" ")[1]));
    } catch {
      /* gone */
    }
  }
  const out: { pid: number; cmd: string }[] = [];
  const walk = (p: number) => {
    for (const [child, parent] of parentOf)
      if (parent === p) {
        let cmd = "";
        try {
          cmd = readFileSync(`/proc/${child}/cmdline`, "utf8").replace(/\0/g, " ");
        } catch {
          /* gone */
        }
        out.push({ pid: child, cmd });
        walk(child);
      }
  };
  walk(pid);
  return out;
}
