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

/** The whole machine's CPU ticks by kind, from the first line of /proc/stat. */
function machineTicks(): { busy: number; steal: number; total: number } {
  const f = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal (guest time is inside user)
  const [user, nice, system, idle, iowait, irq, softirq, steal] = f;
  const busy = user + nice + system + irq + softirq;
  return { busy, steal, total: busy + idle + iowait + steal };
}

/**
 * Runs `fn` and says how busy the machine was meanwhile, in % of its CPU time: `busy` (every
 * process, ours and the load generator) and `steal` (time the virtual machine's cores waited for
 * the host). A run with steal above a few % was slowed by other tenants of the host.
 */
export async function withMachine<T>(
  fn: () => Promise<T>,
): Promise<{ value: T; busyPct: number; stealPct: number }> {
  const a = machineTicks();
  const value = await fn();
  const b = machineTicks();
  const total = b.total - a.total || 1;
  return { value, busyPct: (100 * (b.busy - a.busy)) / total, stealPct: (100 * (b.steal - a.steal)) / total };
}
