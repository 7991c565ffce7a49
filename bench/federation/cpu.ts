// CPU time of a process and all its descendants (utime + stime + the reaped children's), from
// /proc, in milliseconds: capacity is given as CPU ms per request of the app and of PostgreSQL.
import { readdirSync, readFileSync } from "node:fs";

const TICK_MS = 10; // USER_HZ = 100 on Linux

function stat(pid: number): { ppid: number; ticks: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
    // fields after the name: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14)
    return { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]) };
  } catch {
    return null;
  }
}

export function cpuMsOfTree(root: number): number {
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const d of readdirSync("/proc")) {
    const pid = Number(d);
    if (!pid) continue;
    const s = stat(pid);
    if (!s) continue;
    parent.set(pid, s.ppid);
    ticks.set(pid, s.ticks);
  }
  let total = 0;
  for (const [pid, t] of ticks) {
    let p: number | undefined = pid;
    for (let i = 0; i < 8 && p; i++) {
      if (p === root) {
        total += t;
        break;
      }
      p = parent.get(p);
    }
  }
  return total * TICK_MS;
}

/** The embedded PostgreSQL's postmaster, from its data directory. */
export function postmasterPid(dataDir: string): number {
  return Number(readFileSync(`${dataDir}/postmaster.pid`, "utf8").split("\n")[0]);
}
